'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { PartLayout, partMargin, partRoom } from '@/components/export/PartLayout';
import { roomFor } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { CompaniesPlot, InvestmentBarsPlot, reporterItem } from '@/components/charts/chartPart';
import { companiesPlotData } from '@/lib/charts/investment-flows/plotData';

/** What a part of the investment chart shows under an export's title. */
export function describeInvestmentFlowsPart(view: Extract<ChartView, { id: 'investment-flows' }>, part: Extract<ExportPart, { chart: 'investment-flows' }>): string {
  return part.panel === 'companies' ? view.chart.companies.title : (view.chart.panels.find((p) => p.direction === part.panel)?.title ?? view.subtitle);
}

/** A part of the investment chart as an image of a fixed size, written at `font` px (see components/export/ExportPart.tsx). */
export function InvestmentFlowsExportPart({ view, part, font }: { view: Extract<ChartView, { id: 'investment-flows' }>; part: Extract<ExportPart, { chart: 'investment-flows' }>; font: number }) {
  const { axis } = partRoom(font);
  const { panels, companies } = view.chart;
  if (part.panel === 'companies') {
    return (
      <PartLayout legend={companies.series.map((s) => reporterItem(s.reporter, s.label))} unit={companies.unitLabel} note={`${companies.note} ${companies.qualifierKey}`.trim()} minHeight={font * 9} font={font}>
        {companies.empty ? (
          <ChartEmpty message={companies.empty} />
        ) : (
          <ChartFrame height={400} testId="plot-companies">
            <CompaniesPlot
              {...companiesPlotData(companies)}
              margin={partMargin(font, { top: font * 2, right: roomFor(companies.points.map((p) => p.label), font, font) / 2, bottom: font })}
              yAxisWidth={roomFor(companies.axis.ticks.map((tk) => tk.label), font, font * 0.75)}
            />
          </ChartFrame>
        )}
      </PartLayout>
    );
  }
  const panel = panels.find((p) => p.direction === part.panel);
  // The kind of figure on one line under its years (two lines a bar, not three).
  const rows = (panel?.rows ?? []).map((r) => ({ ...r, details: r.details.length > 1 ? [r.details.join(', ')] : r.details }));
  const categoryWidth = roomFor(rows.flatMap((r) => [r.label, ...r.details]), font, font * 0.75);
  return (
    <PartLayout
      legend={[...new Set(rows.map((r) => r.reporter))].map((r) => reporterItem(r, view.chart.series.find((s) => s.reporter === r)?.label ?? r))}
      unit={view.unitLabel}
      minHeight={rows.length * font * 2.5 + axis}
      font={font}
    >
      {view.chart.barsEmpty || !panel || rows.length === 0 ? (
        <ChartEmpty message={view.chart.barsEmpty ?? panel?.empty ?? ''} />
      ) : (
        <ChartFrame height={400} testId={`plot-investment-${panel.direction}`}>
          <InvestmentBarsPlot rows={rows} axis={view.chart.axis} tooltips={view.chart.tooltips} title={`${view.title}: ${panel.title}`} desc={view.description} margin={partMargin(font, { right: roomFor(rows.map((r) => r.valueLabel), font, font) })} categoryWidth={categoryWidth} />
        </ChartFrame>
      )}
    </PartLayout>
  );
}
