'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { oneBarPerRow } from '@/lib/present/slideRows';
import { roomFor, slideMargin } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { TradeTurnoverPlot, labelsOf, tradeLegendItems } from '@/components/charts/chartPart';

/** A part of the trade chart as a slide (see components/present/ChartPartSlide.tsx). */
export function TradeTurnoverSlidePart({ view, part, testId }: { view: Extract<ChartView, { id: 'trade-turnover' }>; part: Extract<ChartSlidePart, { chart: 'trade-turnover' }>; testId: string }) {
  const { years, partYears, legend } = view.chart;
  const shown = part.panel === 'years' ? years : partYears;
  const panel = oneBarPerRow(shown);
  const items = tradeLegendItems(shown, legend.parts);
  const right = roomFor(labelsOf(panel.rows, (k) => k.endsWith('_label')));
  return (
    <SlideLayout
      title={view.title}
      subtitle={part.panel === 'years' ? view.subtitle : partYears.heading}
      legend={items}
      unit={view.unitLabel}
      note={part.panel === 'partYears' ? partYears.note : undefined}
      source={shown.sourceLine}
      testId={testId}
    >
      {panel.rows.length > 0 ? (
        <ChartFrame height={400} testId={part.panel === 'years' ? 'plot-trade-years' : 'plot-trade-part-years'}>
          <TradeTurnoverPlot panel={panel} layout="rows" title={part.panel === 'years' ? view.title : `${view.title}: ${partYears.heading}`} desc={part.panel === 'years' ? view.description : partYears.note} margin={slideMargin({ right })} oneStack yAxisWidth={roomFor(panel.rows.map((r) => r.label))} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </SlideLayout>
  );
}
