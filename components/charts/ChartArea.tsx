'use client';

import type { ChartView } from '@/lib/charts/build';
import { DrawGateContext } from '@/components/ui/DrawGate';
import { ChartBody } from './ChartBody';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { useCardState } from './CardView';
import { useCharts } from './ChartsProvider';
import styles from './charts.module.css';

/**
 * A card's plot (client island): given only what the plot draws, loaded near the viewport on the
 * dashboard (`lazyPlots`) or at once in an embed; gone in table view.
 */
export function ChartArea({ view, failedMessage, lazyPlots }: { view: ChartView; failedMessage: string; lazyPlots: boolean }) {
  const { state } = useCharts();
  const { setFailed } = useCardState();
  if (state.view === 'table') return null;
  return (
    <div className={styles.chartArea} data-chart-area="" data-testid="chart-area">
      <ChartErrorBoundary chartId={view.id} message={failedMessage} onFail={() => setFailed(true)}>
        <DrawGateContext.Provider value={lazyPlots ? 'near-viewport' : 'now'}>
          <ChartBody view={view} />
        </DrawGateContext.Provider>
      </ChartErrorBoundary>
    </div>
  );
}
