'use client';

import type { ChartView } from '@/lib/charts/build';
import { InvestmentFlowsChart } from './InvestmentFlowsChart';
import { OilVolumesChart } from './OilVolumesChart';
import { Timeline } from './Timeline';
import { TradeTurnoverChart } from './TradeTurnoverChart';

/**
 * The drawing of one chart (legend and plots) for its view: used by the dashboard card, the
 * exports (`forExport`) and the presentation slides (`variant="slide"`: panels side by side).
 */
export function ChartBody({ view, forExport = false, variant = 'card' }: { view: ChartView; forExport?: boolean; variant?: 'card' | 'slide' }) {
  switch (view.id) {
    case 'trade-turnover':
      return <TradeTurnoverChart view={view} variant={variant} />;
    case 'investment-flows':
      return <InvestmentFlowsChart view={view} variant={variant} />;
    case 'oil-volumes':
      return <OilVolumesChart view={view} />;
    case 'timeline':
      return <Timeline view={view} forExport={forExport} />;
  }
}
