'use client';

import { Component, type ReactNode } from 'react';
import styles from './charts.module.css';

interface Props {
  chartId: string;
  message: string;
  /** Told once the drawing has failed: the card then shows its tables (CardView). */
  onFail: () => void;
  children: ReactNode;
}

/**
 * Keeps an error in one chart inside its card: the chart's library failed to load (network cut
 * at a briefing) or a drawing threw. The card then says so and shows the chart's figures as
 * tables (already in the page); the rest of the page goes on working.
 */
export class ChartErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`Chart "${this.props.chartId}" could not be drawn; showing its table.`, error);
    this.props.onFail();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className={styles.failed} role="status" data-testid="chart-failed">
        {this.props.message}
      </p>
    );
  }
}
