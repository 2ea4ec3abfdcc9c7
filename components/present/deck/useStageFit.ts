'use client';

import { useEffect, type RefObject } from 'react';
import { stageSize } from '@/lib/present/stage';

/**
 * Sets the stage's height and scale (`--stage-height`, `--stage-scale`, lib/present/stage.ts) on
 * `box` for every stage inside it, from the box's size as a ResizeObserver reports it: one
 * observer for all the deck's slides (they share the box), and no layout forced to read a size.
 */
export function useStageFit(box: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { height, scale } = stageSize(entry.contentRect.width, entry.contentRect.height);
      el.style.setProperty('--stage-height', `${height}px`);
      el.style.setProperty('--stage-scale', String(scale));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
}
