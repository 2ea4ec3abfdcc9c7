'use client';

import type { ComponentType } from 'react';
import type { ChartId, ChartView } from '@/lib/charts/registry';
import type { CardView } from '@/lib/charts/module';
import { InvestmentFlowsChart } from './InvestmentFlowsChart';
import { MiddleCorridorChart } from './middle-corridor/MiddleCorridorChart';
import { OilVolumesChart } from './OilVolumesChart';
import { Timeline } from './Timeline';
import { TradeTurnoverChart } from './TradeTurnoverChart';

/** What a chart's drawing is given: its view, and where it is drawn. */
export interface ChartDrawingProps<V extends ChartView = ChartView> {
  view: V;
  /** In an export (the timeline lists every milestone). */
  forExport: boolean;
  /** On the card, or on a slide (panels side by side). */
  variant: 'card' | 'slide';
  /** In an export of the whole chart: the card's view it draws, where not the default. */
  shownAs?: CardView | null;
}

/**
 * The drawing (legend and plots) of each chart, under its id: the client side of
 * lib/charts/registry.ts, which lists the charts (the type asks for one drawing each).
 */
export const CHART_DRAWINGS: { readonly [K in ChartId]: ComponentType<ChartDrawingProps<Extract<ChartView, { id: K }>>> } = {
  'trade-turnover': ({ view, variant, forExport, shownAs }) => <TradeTurnoverChart view={view} variant={variant} forExport={forExport} shownAs={shownAs} />,
  'investment-flows': ({ view, variant }) => <InvestmentFlowsChart view={view} variant={variant} />,
  'oil-volumes': ({ view }) => <OilVolumesChart view={view} />,
  'middle-corridor': ({ view }) => <MiddleCorridorChart view={view} />,
  timeline: ({ view, forExport }) => <Timeline view={view} forExport={forExport} />,
};
