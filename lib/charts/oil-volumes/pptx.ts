/** The oil chart's panels as native .pptx charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, dashOf, hatchOf, lightHex, referenceLine, type ChartSeriesSpec, type ChartSpec } from '../../present/pptxCharts';
import { PACE_LINE, REPORTER_TONES, YEAR_LINE_STYLES } from '../style';
import type { OilVolumesView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const oilVolumesPptxPanels = { annual: 'oil-annual', running: 'oil-running' } as const;

function referenceSeries(refs: readonly { value: number; label: string }[], count: number): ChartSeriesSpec[] {
  return refs.map((r) => referenceLine(r.label, Array.from({ length: count }, () => r.value)));
}

/**
 * A bar style of the annual panel as the screen paints it (components/charts/oilBars.tsx): an
 * outcome in the side's main tone (another source's in its dark tone), hatched for Kazakhstan; a
 * plan or forecast outlined with a dashed line, over the light tint (first source) or no fill.
 */
function annualBars(s: OilVolumesView['chart']['annual']['series'][number], rows: OilVolumesView['chart']['annual']['rows']): ChartSeriesSpec {
  const tone = REPORTER_TONES[s.reporter];
  const values = rows.map((r) => (typeof r[s.key] === 'number' ? (r[s.key] as number) : null));
  // A plan's label names its status on one line ("1,600 (expected)"): the slide has the room.
  const labelTexts = rows.map((r) => {
    const label = r[`${s.key}_label`];
    const status = r[`${s.key}_status`];
    if (typeof r[s.key] !== 'number' || typeof label !== 'string') return null;
    return typeof status === 'string' ? `${label} (${status})` : label;
  });
  const base = { name: s.label, values, labelTexts, type: 'bar' as const, dash: 'solid' as const, marker: 'none' as const, labels: true, role: 'data' as const };
  // An unfilled plan's colour is its outline's (the legend key and the file's first colour are the line).
  if (s.kind === 'plan') return { ...base, color: lightHex(s.slot === 0 ? tone.light : tone.stroke), hatch: null, outline: { color: lightHex(tone.stroke), fill: s.slot === 0 } };
  const t = s.slot === 0 ? 'main' : 'dark';
  return { ...base, color: lightHex(tone[t]), hatch: hatchOf(s.reporter, t) };
}

export function oilVolumesPptx(view: OilVolumesView): ChartSpec[] {
  const { annual, running, references, axis } = view.chart;
  const out: ChartSpec[] = [];
  if (annual.rows.length > 0) {
    const categories = annual.rows.map((r) => r.label);
    // One bar per category (each row holds one series' value): the series overlap, as on screen.
    const bars: ChartSeriesSpec[] = annual.series.map((s) => annualBars(s, annual.rows));
    const series = [...bars, ...referenceSeries(references, categories.length)];
    out.push({ panel: 'oil-annual', type: 'bar', direction: 'col', overlap: true, stacked: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: axis.max, heading: annual.heading, legend: null, altText: alt(view.title, annual.heading, categories, series) });
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

