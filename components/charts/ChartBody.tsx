'use client';

import type { ComponentType } from 'react';
import type { ChartView } from '@/lib/charts/build';
import type { CardView } from '@/lib/charts/module';
import { CHART_DRAWINGS, type ChartDrawingProps } from './registry';

/**
 * The drawing of one chart (legend and plots) for its view: used by the dashboard card, the
 * exports (`forExport`) and the presentation slides (`variant="slide"`: panels side by side).
 */
export function ChartBody({ view, forExport = false, variant = 'card', shownAs = null }: { view: ChartView; forExport?: boolean; variant?: 'card' | 'slide'; shownAs?: CardView | null }) {
  // The registry's type pairs each id with the drawing of that id's view.
  const Drawing = CHART_DRAWINGS[view.id] as ComponentType<ChartDrawingProps>;
  return <Drawing view={view} forExport={forExport} variant={variant} shownAs={shownAs} />;
}
