'use client';

import { createContext, useContext, useState } from 'react';

/**
 * When the heavy drawings (recharts plots, the Leaflet map) load their code and draw:
 * - `now`: at once (exports, embeds, the slide on the screen);
 * - `soon`: once the page has loaded and the browser is idle, as a non-urgent (interruptible)
 *   render (the slides next to the current one, so they are ready when they come);
 * - `near-viewport`: once their frame comes near the screen after load, also non-urgent (the
 *   dashboard, so the first view stays light);
 * - `hold`: not yet (slides further away in a deck; they draw when they come next, or before the
 *   deck is printed or downloaded).
 * `useGateOpen` (components/ui/useGateOpen.ts) turns a gate into "draw now or not".
 */
export type DrawGate = 'now' | 'soon' | 'near-viewport' | 'hold';

export const DrawGateContext = createContext<DrawGate>('now');

export const useDrawGate = () => useContext(DrawGateContext);

/** True from the first time `on` is true: a drawing once made stays (going back a slide is instant). */
export function useLatch(on: boolean): boolean {
  const [latched, setLatched] = useState(on);
  if (on && !latched) setLatched(true);
  return on || latched;
}

/** Attribute on every plot frame: `drawing` once its gate lets it draw, `waiting` before. */
export const PLOT_FRAME_ATTR = 'data-plot-frame';
/** Attribute on the map's figure, with the map's status (`waiting`, `loading`, `ready`, `error`). */
export const MAP_STATUS_ATTR = 'data-status';

/** True once a plot frame holds its recharts drawing at the frame's size. */
export function isPlotDrawn(frame: Element): boolean {
  const svg = frame.querySelector<SVGSVGElement>('svg.recharts-surface');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width === 0) return false;
  return Math.abs(box.height - frame.clientHeight) < 2 && Math.abs(box.width - frame.clientWidth) < 2;
}

/**
 * Resolves once every plot under `root` is drawn and every map has loaded (or failed), or after
 * `timeoutMs`: a drawing that cannot load must not block a printout or a download.
 */
export function waitForDrawings(root: ParentNode, timeoutMs = 8000): Promise<void> {
  const started = performance.now();
  const done = () =>
    [...root.querySelectorAll(`[${PLOT_FRAME_ATTR}]`)].every(isPlotDrawn) &&
    [...root.querySelectorAll(`figure[${MAP_STATUS_ATTR}]`)].every((f) => ['ready', 'error'].includes(f.getAttribute(MAP_STATUS_ATTR) ?? ''));
  return new Promise((resolve) => {
    const check = () => {
      if (done() || performance.now() - started > timeoutMs) resolve();
      else window.setTimeout(check, 50);
    };
    check();
  });
}
