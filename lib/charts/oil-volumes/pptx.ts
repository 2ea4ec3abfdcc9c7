/** The oil chart's panels as native .pptx charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, dashOf, lightHex, sideBars, type ChartSeriesSpec, type ChartSpec } from '../../present/pptxCharts';
import { PACE_LINE, REFERENCE_LINE, YEAR_LINE_STYLES } from '../style';
import type { OilVolumesView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const oilVolumesPptxPanels = { annual: 'oil-annual', running: 'oil-running' } as const;

function referenceSeries(refs: readonly { value: number; label: string }[], count: number): ChartSeriesSpec[] {
  return refs.map((r) => ({
    name: r.label,
    values: Array.from({ length: count }, () => r.value),
    color: lightHex(REFERENCE_LINE.color),
    type: 'line',
    dash: dashOf(REFERENCE_LINE.dash),
    marker: 'none',
    labels: false,
    role: 'reference',
  }));
}

export function oilVolumesPptx(view: OilVolumesView): ChartSpec[] {
  const { annual, running, references, axis } = view.chart;
  const out: ChartSpec[] = [];
  if (annual.rows.length > 0) {
    const categories = annual.rows.map((r) => r.label);
    const bars: ChartSeriesSpec[] = annual.series.map((s) =>
      sideBars(
        s.reporter,
        s.label,
        annual.rows.map((r) => (typeof r[s.reporter] === 'number' ? (r[s.reporter] as number) : null)),
        annual.rows.map((r) => (typeof r[s.reporter] === 'number' && typeof r[`${s.reporter}_label`] === 'string' ? (r[`${s.reporter}_label`] as string) : null)),
      ),
    );
    const series = [...bars, ...referenceSeries(references, categories.length)];
    out.push({ panel: 'oil-annual', type: 'bar', direction: 'col', overlap: false, stacked: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: axis.max, heading: annual.heading, legend: null, altText: alt(view.title, annual.heading, categories, series) });
  }
  if (running.lines.length > 0) {
    const categories = running.rows.map((r) => r.label);
    const lines: ChartSeriesSpec[] = running.lines.map((l, i) => {
      const style = YEAR_LINE_STYLES[i % YEAR_LINE_STYLES.length]!;
      return {
        name: l.label,
        values: running.rows.map((r) => (typeof r[l.key] === 'number' ? (r[l.key] as number) : null)),
        color: lightHex(style.color),
        type: 'line',
        dash: dashOf(style.dash),
        marker: style.marker,
        labels: false,
        role: 'data',
      };
    });
    if (running.pace) {
      lines.push({
        name: running.pace.label,
        values: running.rows.map((r) => (typeof r.pace === 'number' ? r.pace : null)),
        color: lightHex(PACE_LINE.color),
        type: 'line',
        dash: dashOf(PACE_LINE.dash),
        marker: 'none',
        labels: false,
        role: 'data',
      });
    }
    const series = [...lines, ...referenceSeries(references, categories.length)];
    out.push({ panel: 'oil-running', type: 'line', direction: 'col', overlap: false, stacked: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: axis.max, heading: running.heading, legend: null, altText: alt(view.title, running.heading, categories, series) });
  }
  return out;
}

