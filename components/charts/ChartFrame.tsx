import type { CSSProperties, ReactNode } from 'react';
import styles from './charts.module.css';

/**
 * A box of fixed height for one plot, rendered in the static HTML: the plot draws into it after
 * hydration, so nothing below moves. `phone` is the height below 40rem; `denseLabels` hides the
 * value labels there (too many bars for them at that width).
 */
export function ChartFrame(props: { height: number; phone?: number; testId: string; denseLabels?: boolean; children?: ReactNode }) {
  const { height, phone, testId, denseLabels, children } = props;
  const style = { '--frame-h': `${height}px`, '--frame-h-phone': `${phone ?? height}px` } as CSSProperties;
  return (
    <div className={styles.frame} style={style} data-testid={testId} data-dense-labels={denseLabels ? '' : undefined}>
      {children}
    </div>
  );
}
