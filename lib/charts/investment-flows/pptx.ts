/** The investment chart's panels as native .pptx charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, flowLegend, oneBarPerCategory, reporterColor, sideBars, type ChartSeriesSpec, type ChartSpec } from '../../present/pptxCharts';
import type { InvestmentFlowsView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const investmentFlowsPptxPanels = { kzToAz: 'investment-kzToAz', azToKz: 'investment-azToKz', companies: 'investment-companies' } as const;

export function investmentFlowsPptx(view: InvestmentFlowsView): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const p of view.chart.panels) {
    if (p.rows.length === 0) continue;
    // Bottom to top, as PowerPoint lists the categories of horizontal bars (the slide reads top down).
    const rows = [...p.rows].reverse();
    const categories = rows.map((r) => [r.label, ...r.details].join(' · '));
    const reporters = view.chart.series.filter((s) => rows.some((r) => r.reporter === s.reporter));
    // One series per side, each category holding only its own side's bar (overlapping, so the bar is not thinned).
    const series: ChartSeriesSpec[] = reporters.map((s) =>
      sideBars(
        s.reporter,
        s.label,
        rows.map((r) => (r.reporter === s.reporter ? r.value : null)),
        rows.map((r) => (r.reporter === s.reporter ? r.valueLabel : null)),
      ),
    );
    out.push(
      oneBarPerCategory({
        panel: p.direction === 'kzToAz' ? 'investment-kzToAz' : 'investment-azToKz',
        categories,
        series,
        valueTitle: view.unitLabel,
        valueMax: view.chart.axis.max,
        heading: p.title,
        legend: flowLegend([reporters.map((s) => ({ label: s.label, color: reporterColor(s.reporter) }))]),
        altText: alt(view.title, p.title, categories, series),
      }),
    );
  }
  const c = view.chart.companies;
  if (c.points.length > 0) {
    const xValues = c.points.map((p) => p.x);
    const series: ChartSeriesSpec[] = c.series.map((s) => ({
      name: s.label,
      values: c.points.map((p) => (p.reporter === s.reporter ? p.value : null)),
      labelTexts: c.points.map((p) => (p.reporter === s.reporter ? p.label : null)),
      color: reporterColor(s.reporter),
      type: 'line',
      dash: 'solid',
      marker: 'circle',
      labels: true,
      role: 'data',
    }));
    const categories = c.points.map((p) => String(Math.floor(p.x)));
    out.push({
      panel: 'investment-companies',
      type: 'scatter',
      direction: 'col',
      overlap: false,
      stacked: false,
      categories,
      xValues,
      series,
      valueTitle: c.unitLabel,
      valueMax: c.axis.max,
      heading: c.title,
      legend: null,
      altText: alt(view.title, c.title, categories, series),
    });
  }
  return out;
}

