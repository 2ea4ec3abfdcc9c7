'use client';

import { useCallback, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { waitForDrawings } from '@/components/ui/DrawGate';

/**
 * Printing draws every slide: `drawAll` turns true, and `drawAllSlides` resolves once every chart
 * and the map under `root` are in (or after a timeout; the .pptx draws its own). Ctrl+P / Cmd+P
 * and `print` wait for the drawings; the browser's own menu announces itself with `beforeprint`,
 * which draws every slide at once (best effort: a chart whose code is not loaded cannot make it).
 */
export function usePrintAll(root: RefObject<HTMLElement | null>) {
  const [drawAll, setDrawAll] = useState(false);

  const drawAllSlides = useCallback(async () => {
    setDrawAll(true);
    await new Promise((r) => window.requestAnimationFrame(r));
    if (root.current) await waitForDrawings(root.current);
  }, [root]);

  const print = useCallback(async () => {
    await drawAllSlides();
    window.print();
  }, [drawAllSlides]);

  useEffect(() => {
    const all = () => flushSync(() => setDrawAll(true));
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void print();
      }
    };
    window.addEventListener('beforeprint', all);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeprint', all);
      window.removeEventListener('keydown', onKey);
    };
  }, [print]);

  return { drawAll, print };
}
