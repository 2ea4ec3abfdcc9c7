'use client';

import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useNearViewport } from '@/components/ui/useNearViewport';
import { PLOT_FRAME_ATTR, useDrawGate, useLatch } from '@/components/ui/DrawGate';
import styles from './charts.module.css';

/** How far below the viewport a plot starts loading, so it is drawn when it scrolls in. */
const LOAD_AHEAD = '400px 0px';

/**
 * A box of fixed height for one plot, rendered in the static HTML: the plot draws into it after
 * hydration (when its DrawGate allows: see components/ui/DrawGate.tsx), so nothing below moves.
 * `phone` is the height below 40rem; `denseLabels` hides the value labels there (too many bars
 * for them at that width).
 */
export function ChartFrame(props: { height: number; phone?: number; testId: string; denseLabels?: boolean; children?: ReactNode }) {
  const { height, phone, testId, denseLabels, children } = props;
  const ref = useRef<HTMLDivElement>(null);
  const gate = useDrawGate();
  const near = useNearViewport(ref, LOAD_AHEAD, gate === 'near-viewport');
  const draw = useLatch(gate === 'now' || (gate === 'near-viewport' && near));
  const style = { '--frame-h': `${height}px`, '--frame-h-phone': `${phone ?? height}px` } as CSSProperties;
  return (
    <div ref={ref} className={styles.frame} style={style} data-testid={testId} data-dense-labels={denseLabels ? '' : undefined} {...{ [PLOT_FRAME_ATTR]: draw ? 'drawing' : 'waiting' }}>
      {draw ? children : null}
    </div>
  );
}
