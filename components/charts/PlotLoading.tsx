'use client';

import { createContext, useContext } from 'react';

/**
 * When plots load the chart library and draw:
 * - `now`: at once (exports, embeds, the slides on and next to the screen);
 * - `near-viewport`: once their frame comes near the screen (the dashboard's cards, so the first
 *   view stays light);
 * - `hold`: not yet (slides further away in a deck; they draw when they come next or before the
 *   deck is printed or downloaded).
 */
export type PlotGate = 'now' | 'near-viewport' | 'hold';

export const PlotGateContext = createContext<PlotGate>('now');

export const usePlotGate = () => useContext(PlotGateContext);

/** Attribute on every plot frame: `drawing` once its gate lets it draw, `waiting` before. */
export const PLOT_FRAME_ATTR = 'data-plot-frame';

/**
 * Resolves once every plot frame under `root` holds its drawing (an <svg>), or after `timeoutMs`
 * (a plot that cannot load must not block a printout or a download).
 */
export function waitForPlots(root: ParentNode, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const frames = [...root.querySelectorAll(`[${PLOT_FRAME_ATTR}]`)];
      if (frames.every((f) => f.querySelector('svg')) || performance.now() - started > timeoutMs) resolve();
      else window.setTimeout(check, 50);
    };
    check();
  });
}
