'use client';

import type { ChartView } from '@/lib/charts/build';
import { InvestmentFlowsChart } from './InvestmentFlowsChart';
import { OilVolumesChart } from './OilVolumesChart';
import { Timeline } from './Timeline';
import { TradeTurnoverChart } from './TradeTurnoverChart';

/** The drawing of one chart (legend and plots) for its view: used by the card and the exports. */
export function ChartBody({ view, forExport = false }: { view: ChartView; forExport?: boolean }) {
  switch (view.id) {
    case 'trade-turnover':
      return <TradeTurnoverChart view={view} />;
    case 'investment-flows':
      return <InvestmentFlowsChart view={view} />;
    case 'oil-volumes':
      return <OilVolumesChart view={view} />;
    case 'timeline':
      return <Timeline view={view} forExport={forExport} />;
  }
}
