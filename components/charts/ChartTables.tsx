'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useCardState } from './CardView';
import { useCharts } from './ChartsProvider';
import styles from './charts.module.css';

/**
 * Holds a card's tables (drawn by the server): shown in table view or when the plot failed; in
 * chart view kept for screen readers only, their scroll regions then out of the tab order.
 */
export function ChartTables({ children }: { children: ReactNode }) {
  const { state } = useCharts();
  const { failed } = useCardState();
  const visible = state.view === 'table' || failed;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const region of root.current?.querySelectorAll(':scope > [role="region"]') ?? []) {
      if (visible) region.setAttribute('tabindex', '0');
      else region.removeAttribute('tabindex');
    }
  }, [visible, children]);
  return (
    <div ref={root} className={styles.tables} data-chart-tables="" data-visible={visible ? 'true' : 'false'} data-testid="chart-tables">
      {children}
    </div>
  );
}
