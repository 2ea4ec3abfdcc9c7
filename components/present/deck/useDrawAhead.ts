'use client';

import { startTransition, useEffect, useState, type RefObject } from 'react';
import { waitForDrawings } from '@/components/ui/DrawGate';
import { whenIdleAfterLoad } from '@/components/ui/useNearViewport';
import { drawAheadOrder } from '@/lib/present/drawAhead';

/** Attribute on each slide frame: its position in the deck. */
export const POSITION_ATTR = 'data-position';

/**
 * Slides whose charts and map may draw ahead of being shown: the current slide's neighbours
 * (lib/present/drawAhead.ts), one slide at a time, each once the page has loaded and the browser
 * is idle, as a transition (interruptible), and the next only once the previous one's drawings
 * are in. The current slide never waits for them. A slide once let draw stays so.
 */
export function useDrawAhead(index: number, count: number, root: RefObject<HTMLElement | null>): ReadonlySet<number> {
  const [ahead, setAhead] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const queue = drawAheadOrder(index, count);
    let cancel = () => {};
    let live = true;
    const step = () => {
      const position = queue.shift();
      if (position === undefined || !live) return;
      cancel = whenIdleAfterLoad(
        () => {
          startTransition(() => setAhead((old) => (old.has(position) ? old : new Set([...old, position]))));
          const frame = root.current?.querySelector(`[${POSITION_ATTR}="${position}"]`);
          if (!frame) return step();
          void waitForDrawings(frame).then(step);
        },
        () => {},
      );
    };
    step();
    return () => {
      live = false;
      cancel();
    };
  }, [index, count, root]);
  return ahead;
}
