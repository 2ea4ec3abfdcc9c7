'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildChartView, type ChartData } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { ChartId } from '@/lib/charts/types';
import { loadExportLocale, type ExportLocale } from '@/components/export/exportLocale';
import { CardContent, type CardLabels } from './CardContent';
import { useCharts } from './ChartsProvider';

/**
 * A card's view for a filter set in the address, built in the browser by the same pure functions
 * as the server's, with the words and the text the server formatted at build (the browser's own
 * Intl may lack Azerbaijani or Kazakh): both fetched on first use. Until they are in (or if they
 * cannot be fetched), the default view stays.
 */
export function FilteredCardBody({ chartId, locale, labels, lazyPlots, fallback }: { chartId: ChartId; locale: string; labels: CardLabels; lazyPlots: boolean; fallback: ReactNode }) {
  const { state, bounds, getData } = useCharts();
  const [loaded, setLoaded] = useState<{ data: ChartData; words: ExportLocale } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([getData(), loadExportLocale(locale)])
      .then(([data, words]) => {
        if (live) setLoaded({ data, words });
      })
      .catch((error: unknown) => console.warn('The filtered view could not be loaded; showing the default view.', error));
    return () => {
      live = false;
    };
  }, [getData, locale]);
  const view = useMemo(() => {
    if (!loaded) return null;
    const filter = { range: { from: state.from, to: state.to }, reporters: state.reporters };
    const format = createDictionaryFormatter(loaded.words.dictionary);
    return buildChartView(chartId, { data: loaded.data, filter, bounds, locale, t: loaded.words.t, format });
  }, [loaded, state, bounds, chartId, locale]);
  return view ? <CardContent view={view} locale={locale} labels={labels} lazyPlots={lazyPlots} /> : fallback;
}
