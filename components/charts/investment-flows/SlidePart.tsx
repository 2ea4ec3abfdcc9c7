'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { roomFor, slideMargin, SLIDE_PLOT_FONT } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { CompaniesPlot, InvestmentBarsPlot, reporterItem } from '@/components/charts/chartPart';
import { companiesPlotData } from '@/lib/charts/investment-flows/plotData';

/** A part of the investment chart as a slide (see components/present/ChartPartSlide.tsx). */
export function InvestmentFlowsSlidePart({ view, part, testId }: { view: Extract<ChartView, { id: 'investment-flows' }>; part: Extract<ChartSlidePart, { chart: 'investment-flows' }>; testId: string }) {
  const { panels, companies } = view.chart;
  if (part.panel === 'companies') {
    const top = 16 + SLIDE_PLOT_FONT * 1.4;
    return (
      <SlideLayout
        title={view.title}
        subtitle={companies.title}
        legend={companies.series.map((s) => reporterItem(s.reporter, s.label))}
        unit={companies.unitLabel}
        note={`${companies.note} ${companies.qualifierKey}`.trim()}
        source={view.sourceLine}
        testId={testId}
      >
        {companies.empty ? (
          <ChartEmpty message={companies.empty} />
        ) : (
          <ChartFrame height={400} testId="plot-companies">
            <CompaniesPlot
              {...companiesPlotData(companies)}
              margin={slideMargin({ top, right: roomFor(companies.points.map((p) => p.label)) / 2, bottom: SLIDE_PLOT_FONT })}
              yAxisWidth={roomFor(companies.axis.ticks.map((tk) => tk.label))}
            />
          </ChartFrame>
        )}
      </SlideLayout>
    );
  }
  const panel = panels.find((p) => p.direction === part.panel);
  const rows = panel?.rows ?? [];
  const categoryWidth = Math.max(roomFor(rows.map((r) => r.label)), roomFor(rows.flatMap((r) => r.details), SLIDE_PLOT_FONT * 0.85));
  return (
    <SlideLayout
      title={view.title}
      subtitle={panel?.title}
      legend={[...new Set(rows.map((r) => r.reporter))].map((r) => reporterItem(r, view.chart.series.find((s) => s.reporter === r)?.label ?? r))}
      unit={view.unitLabel}
      source={view.sourceLine}
      testId={testId}
    >
      {view.chart.barsEmpty || !panel || rows.length === 0 ? (
        <ChartEmpty message={view.chart.barsEmpty ?? panel?.empty ?? ''} />
      ) : (
        <ChartFrame height={400} testId={`plot-investment-${panel.direction}`}>
          <InvestmentBarsPlot
            rows={rows}
            axis={view.chart.axis}
            tooltips={view.chart.tooltips}
            title={`${view.title}: ${panel.title}`}
            desc={view.description}
            margin={slideMargin({ right: roomFor(rows.map((r) => r.valueLabel)) })}
            categoryWidth={categoryWidth}
          />
        </ChartFrame>
      )}
    </SlideLayout>
  );
}
