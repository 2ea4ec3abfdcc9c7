'use client';

import dynamic from 'next/dynamic';
import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { SLIDE_PLOT_FONT, roomFor, slideMargin } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { corridorLegendItems } from './legend';

const CorridorPlot = dynamic(() => import('./CorridorPlot').then((m) => m.CorridorPlot), { ssr: false });

/** A panel of the corridor chart (tonnes or TEU) as a slide (see components/present/ChartPartSlide.tsx). */
export function MiddleCorridorSlidePart({ view, part, testId }: { view: Extract<ChartView, { id: 'middle-corridor' }>; part: Extract<ChartSlidePart, { chart: 'middle-corridor' }>; testId: string }) {
  const panel = view.chart.panels.find((p) => p.panel === part.panel);
  return (
    <SlideLayout title={view.title} subtitle={panel?.heading ?? view.subtitle} legend={panel ? corridorLegendItems(panel) : []} unit={panel?.unitLabel ?? view.unitLabel} source={view.sourceLine} testId={testId}>
      {panel ? (
        <ChartFrame height={400} testId={`plot-corridor-${panel.panel}`}>
          <CorridorPlot panel={panel} axis={panel.axis} title={`${view.title}: ${panel.heading}`} desc={view.description} margin={slideMargin({ right: 32 })} yAxisWidth={roomFor(panel.axis.ticks.map((tk) => tk.label))} font={SLIDE_PLOT_FONT} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </SlideLayout>
  );
}
