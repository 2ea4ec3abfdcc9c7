'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { buildChartView, type ChartView } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { Translate } from '@/lib/observations';
import { hasDefaultFilters } from '@/lib/urlState';
import { ChartBody } from './ChartBody';
import { ChartEmpty } from './ChartEmpty';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ChartTable } from './ChartTable';
import { useCharts } from './ChartsProvider';
import { DrawGateContext } from '@/components/ui/DrawGate';
import styles from './charts.module.css';

export interface CardLabels {
  allSources: string;
  /** Said in the card when its chart cannot be drawn (the table follows). */
  failed: string;
}

/**
 * Everything of a chart card that follows the view: description, chart or table, source line and
 * notes. The static HTML holds the default view (built on the server, passed as `initialView`);
 * for another view the same pure functions rebuild it here from the chart data, with the text the
 * server formatted (the browser's own Intl may lack Azerbaijani or Kazakh).
 */
export function ChartCardBody(props: { initialView: ChartView; locale: string; labels: CardLabels; lazyPlots: boolean }) {
  return (
    <ChartErrorBoundary view={props.initialView} message={props.labels.failed}>
      <CardBody {...props} />
    </ChartErrorBoundary>
  );
}

function CardBody({ initialView, locale, labels, lazyPlots }: { initialView: ChartView; locale: string; labels: CardLabels; lazyPlots: boolean }) {
  const { state, bounds, data, dictionary } = useCharts();
  const t = useTranslations() as unknown as Translate;
  const format = useMemo(() => createDictionaryFormatter(dictionary), [dictionary]);
  const view = useMemo(() => {
    if (hasDefaultFilters(state, bounds)) return initialView;
    const filter = { range: { from: state.from, to: state.to }, reporters: state.reporters };
    return buildChartView(initialView.id, { data, filter, bounds, locale, t, format });
  }, [state, bounds, data, initialView, locale, t, format]);
  const tableMode = state.view === 'table';

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
          {tableMode ? null : (
            <div className={styles.chartArea} data-chart-area="" data-testid="chart-area">
              <DrawGateContext.Provider value={lazyPlots ? 'near-viewport' : 'now'}>
                <ChartBody view={view} />
              </DrawGateContext.Provider>
            </div>
          )}
          <div className={styles.tables} data-chart-tables="" data-visible={tableMode ? 'true' : 'false'} data-testid="chart-tables">
            {view.tables.map((table) => (
              <ChartTable key={table.key} model={table} regionLabel={table.caption} focusable={tableMode} />
            ))}
          </div>
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
