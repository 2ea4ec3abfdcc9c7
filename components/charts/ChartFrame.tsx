'use client';

import { useEffect, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useGateOpen } from '@/components/ui/useGateOpen';
import { PLOT_FRAME_ATTR, useDrawGate } from '@/components/ui/DrawGate';
import styles from './charts.module.css';

/** How far below the viewport a plot starts loading, so it is drawn when it scrolls in. */
const LOAD_AHEAD = '400px 0px';

/** recharts 3 draws each z-index layer of a plot as a `<g>` that React portals into. */
const LAYER_SELECTOR = 'g[class^="recharts-zIndex-layer_"]:not([tabindex])';

/**
 * Keeps recharts' layer groups out of the tab order. React attaches its event listeners to every
 * portal container, and Chromium makes an SVG element with focus listeners a tab stop, so without
 * this each plot adds five or six invisible stops after its own (recharts 3.11; their 3.x history
 * has gone back and forth on it). `tabindex="-1"` removes them; the plot's own surface stays the
 * one stop. Layers appear after the first render (they register in recharts' store), hence the
 * observer.
 */
function useUntabbableLayers(frame: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const fix = () => root.querySelectorAll(LAYER_SELECTOR).forEach((g) => g.setAttribute('tabindex', '-1'));
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [frame]);
}

/**
 * A box of fixed height for one plot, rendered in the static HTML: the plot draws into it after
 * hydration (when its DrawGate allows: see components/ui/DrawGate.tsx), so nothing below moves.
 * `phone` is the height below 40rem; `denseLabels` hides the value labels there (too many bars
 * for them at that width).
 */
export function ChartFrame(props: { height: number; phone?: number; testId: string; denseLabels?: boolean; children?: ReactNode }) {
  const { height, phone, testId, denseLabels, children } = props;
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  const draw = useGateOpen(ref, LOAD_AHEAD, useDrawGate());
  const style = { '--frame-h': `${height}px`, '--frame-h-phone': `${phone ?? height}px` } as CSSProperties;
  return (
    <div ref={ref} className={styles.frame} style={style} data-testid={testId} data-dense-labels={denseLabels ? '' : undefined} {...{ [PLOT_FRAME_ATTR]: draw ? 'drawing' : 'waiting' }}>
      {draw ? children : null}
    </div>
  );
}
