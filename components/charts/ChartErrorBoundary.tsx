'use client';

import { Component, type ReactNode } from 'react';
import type { ChartView } from '@/lib/charts/build';
import { ChartTable } from './ChartTable';
import styles from './charts.module.css';

interface Props {
  /** The view the server built: its tables hold every figure of the chart. */
  view: ChartView;
  message: string;
  children: ReactNode;
}

/**
 * Keeps an error in one chart inside its card: the chart's library failed to load (network cut
 * at a briefing) or a drawing threw. The card then says so and shows the chart's figures as
 * tables; the rest of the page goes on working.
 */
export class ChartErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`Chart "${this.props.view.id}" could not be drawn; showing its table.`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { view, message } = this.props;
    return (
      <div data-testid="chart-failed">
        <p className={styles.failed} role="status">
          {message}
        </p>
        <div className={styles.tables} data-visible="true" data-testid="chart-tables">
          {view.tables.map((table) => (
            <ChartTable key={table.key} model={table} regionLabel={table.caption} />
          ))}
        </div>
        {view.sourceLine ? <p className={styles.sourceLine}>{view.sourceLine}</p> : null}
      </div>
    );
  }
}
