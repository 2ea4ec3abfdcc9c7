'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { roomFor, slideMargin, SLIDE_PLOT_FONT } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { OilAnnualPlot, OilRunningPlot, labelsOf, oilBarItems, referenceItems, runningLegendItems } from '@/components/charts/chartPart';

/** A part of the oil chart as a slide (see components/present/ChartPartSlide.tsx). */
export function OilVolumesSlidePart({ view, part, testId }: { view: Extract<ChartView, { id: 'oil-volumes' }>; part: Extract<ChartSlidePart, { chart: 'oil-volumes' }>; testId: string }) {
  const { annual, running, references, axis } = view.chart;
  const refItems = referenceItems(references);
  if (part.panel === 'annual') {
    return (
      <SlideLayout title={view.title} subtitle={annual.heading} legend={[...oilBarItems(annual.series), ...refItems]} unit={view.unitLabel} source={view.sourceLine} testId={testId}>
        {annual.rows.length > 0 ? (
          <ChartFrame height={400} testId="plot-oil-annual">
            <OilAnnualPlot annual={annual} references={references} axis={axis} title={`${view.title}: ${annual.heading}`} desc={view.description} margin={slideMargin({ top: 16 + SLIDE_PLOT_FONT * 1.4 })} yAxisWidth={roomFor(axis.ticks.map((tk) => tk.label))} maxBarSize={roomFor(labelsOf(annual.rows, (k) => k.endsWith('_label')))} />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </SlideLayout>
    );
  }
  return (
    <SlideLayout title={view.title} subtitle={running.heading} legend={[...runningLegendItems(running), ...refItems]} unit={view.unitLabel} source={view.sourceLine} testId={testId}>
      {running.lines.length > 0 ? (
        <ChartFrame height={400} testId="plot-oil-running">
          <OilRunningPlot running={running} references={references} axis={axis} title={`${view.title}: ${running.heading}`} desc={view.description} margin={slideMargin({ right: 32 })} referenceLabels={false} yAxisWidth={roomFor(axis.ticks.map((tk) => tk.label))} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </SlideLayout>
  );
}
