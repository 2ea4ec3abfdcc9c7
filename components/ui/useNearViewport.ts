'use client';

import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * True once the element comes within `margin` of the viewport, watched only after the window's
 * load event when the browser is idle: heavy parts (the map, the chart library) then never compete
 * with the first paint, and a part far down the page loads only when the reader gets near it.
 * With `enabled` false it is true at once (slides, exports and embeds draw immediately).
 * The change is a transition: React renders what it unlocks in slices, between which the page
 * keeps answering input (a recharts plot takes a few hundred ms to render on a slow phone).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin: string, enabled = true): boolean {
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          startTransition(() => setNear(true));
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

/**
 * True once the page has loaded and the browser is idle (set in a transition, as above); false
 * while `enabled` is false.
 */
export function useIdleAfterLoad(enabled: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    return whenIdleAfterLoad(
      () => startTransition(() => setIdle(true)),
      () => {},
    );
  }, [enabled]);
  return idle;
}

/** Runs `start` after the window's load event, when the browser is idle; returns a cleanup. */
export function whenIdleAfterLoad(start: () => void, stop: () => void): () => void {
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
