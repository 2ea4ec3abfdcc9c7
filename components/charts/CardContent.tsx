import type { ChartView } from '@/lib/charts/build';
import { toPlotView } from '@/lib/charts/plotView';
import { ChartArea } from './ChartArea';
import { ChartEmpty } from './ChartEmpty';
import { ChartTable } from './ChartTable';
import { ChartTables } from './ChartTables';
import styles from './charts.module.css';

export interface CardLabels {
  allSources: string;
  /** Said in the card when its chart cannot be drawn (the table follows). */
  failed: string;
}

/**
 * Everything of a chart card that follows the view: filter note, description, plot, tables,
 * source line and notes. No hooks: on the dashboard the server renders it for the default view
 * (only the plot and the tables' holder are client islands); FilteredCardBody renders it in the
 * browser for a filtered one.
 */
export function CardContent({ view, locale, labels, lazyPlots }: { view: ChartView; locale: string; labels: CardLabels; lazyPlots: boolean }) {
  return (
    <>
      {view.filterNote ? (
        <p className={styles.filterNote} data-testid="chart-filter-note">
          {view.filterNote}
        </p>
      ) : null}
      {view.description ? (
        <p className={styles.description} data-testid="chart-description">
          {view.description}
        </p>
      ) : null}
      {view.empty ? (
        <ChartEmpty message={view.empty} />
      ) : (
        <>
          <ChartArea view={toPlotView(view)} failedMessage={labels.failed} lazyPlots={lazyPlots} />
          <ChartTables>
            {view.tables.map((table) => (
              <ChartTable key={table.key} model={table} regionLabel={table.caption} focusable={false} />
            ))}
          </ChartTables>
        </>
      )}
      <p className={styles.sourceLine} data-testid="chart-source">
        {view.sourceLine ? `${view.sourceLine} · ` : null}
        <a href={`/${locale}/sources/`}>{labels.allSources}</a>
      </p>
      {view.notes.length > 0 ? (
        <ul className={styles.notes}>
          {view.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
