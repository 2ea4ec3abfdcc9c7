'use client';

import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import { hasDefaultFilters } from '@/lib/urlState';
import type { ChartId } from '@/lib/charts/types';
import type { CardLabels } from './CardContent';
import { useCharts } from './ChartsProvider';

// A filtered view is built in the browser: its code, the data and the words load only then.
const FilteredCardBody = lazy(() => import('./FilteredCardBody').then((m) => ({ default: m.FilteredCardBody })));

interface CardState {
  /** The chart's drawing failed (ChartErrorBoundary): its tables are shown instead. */
  failed: boolean;
  setFailed: (failed: boolean) => void;
}

const CardContext = createContext<CardState>({ failed: false, setFailed: () => undefined });

export const useCardState = () => useContext(CardContext);

/**
 * The part of a chart card that follows the view. `children` is the default view as the server
 * drew it (description, plot, tables, source line, notes). With a filter set in the address the
 * browser builds that view instead (FilteredCardBody), showing the default until it is ready.
 */
export function CardView({ chartId, locale, labels, lazyPlots, children }: { chartId: ChartId; locale: string; labels: CardLabels; lazyPlots: boolean; children: ReactNode }) {
  const { state, bounds } = useCharts();
  const [failed, setFailed] = useState(false);
  return (
    <CardContext.Provider value={{ failed, setFailed }}>
      {hasDefaultFilters(state, bounds) ? (
        children
      ) : (
        <Suspense fallback={children}>
          <FilteredCardBody chartId={chartId} locale={locale} labels={labels} lazyPlots={lazyPlots} fallback={children} />
        </Suspense>
      )}
    </CardContext.Provider>
  );
}
