'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element comes within `margin` of the viewport, watched only after the window's
 * load event when the browser is idle: heavy parts (the map, the chart library) then never compete
 * with the first paint, and a part far down the page loads only when the reader gets near it.
 * With `enabled` false it is true at once (slides, exports and embeds draw immediately).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin: string, enabled = true): boolean {
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    return whenIdleAfterLoad(
      () => observer.observe(el),
      () => observer.disconnect(),
    );
  }, [ref, margin, enabled]);
  return near;
}

/** Runs `start` after the window's load event, when the browser is idle; returns a cleanup. */
function whenIdleAfterLoad(start: () => void, stop: () => void): () => void {
  let idle: number | undefined;
  const hasIdle = typeof window.requestIdleCallback === 'function';
  const schedule = () => {
    idle = hasIdle ? window.requestIdleCallback(start, { timeout: 2000 }) : window.setTimeout(start, 200);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle !== undefined) {
      if (hasIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    }
    stop();
  };
}
