'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { oneBarPerRow } from '@/lib/present/slideRows';
import { roomFor, slideMargin } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { TradeGapPlot, TradeTurnoverPlot, gapLegendItems, labelsOf, tradeLegendItems } from '@/components/charts/chartPart';

type TradeView = Extract<ChartView, { id: 'trade-turnover' }>;

/** The difference between the sides (computed) as a slide: one bar a period, the note on how it is computed. */
function TradeGapSlidePart({ view, testId }: { view: TradeView; testId: string }) {
  const { gap } = view.chart;
  return (
    <SlideLayout title={view.title} subtitle={gap.heading} legend={gapLegendItems(gap.legend)} unit={view.unitLabel} note={gap.note} source={gap.sourceLine} testId={testId}>
      {gap.rows.length > 0 ? (
        <ChartFrame height={400} testId="plot-trade-gap">
          <TradeGapPlot panel={gap} title={`${view.title}: ${gap.heading}`} desc={gap.note} margin={slideMargin({ right: roomFor(gap.rows.map((r) => r.gapLabel)) })} yAxisWidth={roomFor(gap.rows.map((r) => r.label))} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={gap.empty} />
      )}
    </SlideLayout>
  );
}

/** A part of the trade chart as a slide (see components/present/ChartPartSlide.tsx). */
export function TradeTurnoverSlidePart({ view, part, testId }: { view: TradeView; part: Extract<ChartSlidePart, { chart: 'trade-turnover' }>; testId: string }) {
  if (part.panel === 'gap') return <TradeGapSlidePart view={view} testId={testId} />;
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
