import styles from './charts.module.css';

/** Said in words instead of drawing empty axes, whenever a chart or panel has nothing to show. */
export function ChartEmpty({ message }: { message: string }) {
  return (
    <div className={styles.empty} role="status" data-testid="chart-empty">
      <p>{message}</p>
    </div>
  );
}
