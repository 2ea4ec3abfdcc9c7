'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { PartLayout, partMargin, partRoom } from '@/components/export/PartLayout';
import { pageOf } from '@/lib/present/slides';
import { oneBarPerRow } from '@/lib/present/slideRows';
import { roomFor } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { TradeGapPlot, TradeTurnoverPlot, gapLegendItems, labelsOf, tradeLegendItems } from '@/components/charts/chartPart';

type TradeView = Extract<ChartView, { id: 'trade-turnover' }>;
type TradeExportPart = Extract<ExportPart, { chart: 'trade-turnover' }>;

/** What a part of the trade chart shows under an export's title. */
export function describeTradeTurnoverPart(view: TradeView, part: TradeExportPart): string {
  if (part.panel === 'years') return view.subtitle;
  if (part.panel === 'gap') return view.chart.gap.heading;
  return 'page' in part ? `${view.chart.partYears.heading} (${part.page}/${part.pages})` : view.chart.partYears.heading;
}

/** The difference between the sides (computed) as an image of a fixed size: one bar a period, its label at its end. */
function TradeGapExportPart({ view, font }: { view: TradeView; font: number }) {
  const { row, axis } = partRoom(font);
  const { gap } = view.chart;
  const right = roomFor(gap.rows.map((r) => r.gapLabel), font, font);
  return (
    <PartLayout legend={gapLegendItems(gap.legend)} unit={view.unitLabel} note={gap.note} minHeight={gap.rows.length * row + axis} font={font}>
      {gap.rows.length > 0 ? (
        <ChartFrame height={400} testId="plot-trade-gap">
          <TradeGapPlot panel={gap} title={`${view.title}: ${gap.heading}`} desc={gap.note} margin={partMargin(font, { right })} yAxisWidth={roomFor(gap.rows.map((r) => r.label), font, font * 0.75)} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={gap.empty} />
      )}
    </PartLayout>
  );
}

/** A part of the trade chart as an image of a fixed size, written at `font` px (see components/export/ExportPart.tsx). */
export function TradeTurnoverExportPart({ view, part, font }: { view: TradeView; part: TradeExportPart; font: number }) {
  if (part.panel === 'gap') return <TradeGapExportPart view={view} font={font} />;
  const { row, axis } = partRoom(font);
  const { years, partYears, legend } = view.chart;
  const whole = part.panel === 'years' ? years : partYears;
  // A page of the part-year periods (the square): its rows, on the whole panel's value axis.
  const shown = 'page' in part ? { ...whole, rows: pageOf(whole.rows, part.page, part.pages) } : whole;
  const panel = oneBarPerRow(shown);
  const items = tradeLegendItems(shown, legend.parts);
  const right = roomFor(labelsOf(panel.rows, (k) => k.endsWith('_label')), font, font);
  return (
    <PartLayout legend={items} unit={view.unitLabel} note={part.panel === 'partYears' ? partYears.note : undefined} minHeight={panel.rows.length * row + axis} font={font}>
      {panel.rows.length > 0 ? (
        <ChartFrame height={400} testId={part.panel === 'years' ? 'plot-trade-years' : 'plot-trade-part-years'}>
          <TradeTurnoverPlot
            panel={panel}
            layout="rows"
            title={part.panel === 'years' ? view.title : `${view.title}: ${partYears.heading}`}
            desc={part.panel === 'years' ? view.description : partYears.note}
            margin={partMargin(font, { right })}
            oneStack
            yAxisWidth={roomFor(panel.rows.map((r) => r.label), font, font * 0.75)}
          />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </PartLayout>
  );
}
