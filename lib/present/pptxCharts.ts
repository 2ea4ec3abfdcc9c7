/**
 * The deck as native PowerPoint content, pure (no pptxgenjs, no browser), so it is unit-tested:
 * - which kind of .pptx slide each deck slide becomes (`pptxSlideSource`): native charts from a
 *   chart's view, a picture from the export pipeline (map, timeline), or text;
 * - each panel of a chart view as a chart spec (`chartPanels`): type, categories, series values
 *   (the view's own numbers, which come from data/ through lib/charts), series names and colours
 *   (the light palette of lib/theme.ts), reference lines as series, the value axis;
 * - the pptxgenjs arguments of a spec (`pptxChartArgs`) and where things go on the slide, in inches.
 * components/present/exportDeckPptx.ts only feeds these to pptxgenjs.
 */
import type { ChartData, ChartView } from '../charts/build';
import type { ChartFilter, ChartId } from '../charts/types';
import { CHART_IDS } from '../charts/types';
import { shapeTradeTurnover } from '../charts/tradeTurnover';
import { PACE_LINE, PAINTS, REFERENCE_LINE, REPORTER_TONES, YEAR_LINE_STYLES } from '../theme';
import type { YearBounds } from '../urlState';
import type { SlideOptions } from './deck';
import { PPTX_SLIDE, type Box } from './pptxLayout';

/** A panel of a chart, drawn as one chart on its own .pptx slide. */
export type PanelId =
  | 'trade-years'
  | 'trade-part-years'
  | 'investment-kzToAz'
  | 'investment-azToKz'
  | 'investment-companies'
  | 'oil-annual'
  | 'oil-running';

/**
 * What a deck slide becomes in the .pptx:
 * - `chart`: native charts of the chart's view (one .pptx slide per panel, or only `panels`);
 * - `chart-picture`: the chart as a picture from the export pipeline (the timeline: no chart type
 *   of PowerPoint draws it);
 * - `map`: the route map as a picture from the export pipeline;
 * - `text`: the slide's own text as text boxes (the title slide).
 */
export type PptxSlideSource =
  | { kind: 'chart'; chartId: Exclude<ChartId, 'timeline'>; panels: readonly PanelId[] | null }
  | { kind: 'chart-picture'; chartId: ChartId }
  | { kind: 'map' }
  | { kind: 'text' };

/**
 * Deck slides that show only some panels of a chart (a deck that splits a chart over several
 * slides adds its slide ids here: `'trade-part-years': { chartId: 'trade-turnover', panels: ['trade-part-years'] }`).
 */
export const SLIDE_PANELS: Readonly<Record<string, { chartId: Exclude<ChartId, 'timeline'>; panels: readonly PanelId[] }>> = {};

/** The kind of .pptx slide for a deck slide id. */
export function pptxSlideSource(id: string): PptxSlideSource {
  const part = SLIDE_PANELS[id];
  if (part) return { kind: 'chart', chartId: part.chartId, panels: part.panels };
  if (id === 'route-map') return { kind: 'map' };
  if (id === 'timeline') return { kind: 'chart-picture', chartId: 'timeline' };
  if ((CHART_IDS as readonly string[]).includes(id)) return { kind: 'chart', chartId: id as Exclude<ChartId, 'timeline'>, panels: null };
  return { kind: 'text' };
}

/** The chart filter of a slide's options (reporters, years), clamped to the data's years, as the slide draws it. */
export function slideFilter(options: SlideOptions, bounds: YearBounds): ChartFilter {
  const from = Math.max(bounds.min, options.from ?? bounds.min);
  const to = Math.min(bounds.max, options.to ?? bounds.max);
  return { range: { from, to: Math.max(from, to) }, reporters: options.reporters ? [...options.reporters] : ['AZ', 'KZ'] };
}

export type LineDash = 'solid' | 'dash' | 'sysDot' | 'sysDash';
export type Marker = 'none' | 'circle' | 'square' | 'diamond';

export interface ChartSeriesSpec {
  name: string;
  /** One value per category (or per x value of a scatter chart); null where the series has none. */
  values: (number | null)[];
  /** `RRGGBB`, no `#`. */
  color: string;
  type: 'bar' | 'line';
  dash: LineDash;
  marker: Marker;
  /** Values written on the chart. */
  labels: boolean;
  /** `reference`: a constant line (agreed volume), not a measured figure. */
  role: 'data' | 'reference';
}

export interface ChartSpec {
  panel: PanelId;
  /** `bar`: bars (with lines over them for references) on categories; `line`: lines on categories; `scatter`: points on a numeric x axis. */
  type: 'bar' | 'line' | 'scatter';
  /** Vertical (`col`) or horizontal (`bar`) bars. */
  direction: 'col' | 'bar';
  /** Bars of the series drawn over each other: each category holds one side's bar only (investment bars). */
  overlap: boolean;
  categories: string[];
  /** x values of a scatter chart. */
  xValues: number[];
  series: ChartSeriesSpec[];
  valueTitle: string;
  valueMax: number;
  /** Heading of the panel (shown under the title), or null. */
  heading: string | null;
  /** Alt text of the chart. */
  altText: string;
}

/** `#0072b2` or `var(--scheme-light, #0072b2) var(--scheme-dark, #56b4e9)` -> `0072B2`: the light colour. */
export function lightHex(paint: string): string {
  const m = /--scheme-light,\s*(#[0-9a-f]{6})/i.exec(paint) ?? /^(#[0-9a-f]{6})$/i.exec(paint.trim());
  if (!m) throw new Error(`no light colour in "${paint}"`);
  return m[1]!.slice(1).toUpperCase();
}

/** SVG dash array -> the nearest PowerPoint preset dash. */
export function dashOf(svgDash: string): LineDash {
  const parts = svgDash.trim().split(/[\s,]+/).filter(Boolean).map(Number);
  if (parts.length === 0) return 'solid';
  return parts[0]! <= 2 ? 'sysDot' : parts[0]! >= 6 ? 'dash' : 'sysDash';
}

function reporterColor(reporter: keyof typeof REPORTER_TONES): string {
  return lightHex(REPORTER_TONES[reporter].main);
}

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

function alt(title: string, heading: string | null, categories: readonly string[], series: readonly ChartSeriesSpec[]): string {
  const lines = series
    .filter((s) => s.role === 'data')
    .map((s) => `${s.name}: ${s.values.map((v, i) => (v === null ? null : `${categories[i] ?? ''} ${v}`.trim())).filter(Boolean).join('; ')}`);
  return [heading ? `${title} — ${heading}` : title, ...lines].join('. ');
}

function tradePanels(view: Extract<ChartView, { id: 'trade-turnover' }>, source: ChartSource): ChartSpec[] {
  // The figures behind the bars: each side's published turnover (the bar's label on screen), or
  // the sum of the two directions where only those were published (the bar's height).
  const shape = shapeTradeTurnover({ observations: source.data.observations, range: source.filter.range, reporters: source.filter.reporters });
  const groups = new Map([...shape.years, ...shape.partYears].map((g) => [g.key, g]));
  const panels: { id: PanelId; panel: (typeof view.chart)['years']; heading: string | null }[] = [
    { id: 'trade-years', panel: view.chart.years, heading: null },
    { id: 'trade-part-years', panel: view.chart.partYears, heading: view.chart.partYears.heading },
  ];
  return panels
    .filter((p) => p.panel.rows.length > 0)
    .map(({ id, panel, heading }) => {
      const categories = panel.rows.map((r) => r.label);
      const series: ChartSeriesSpec[] = panel.series.map((s) => ({
        name: s.label,
        values: panel.rows.map((row) => {
          const bar = groups.get(row.key)?.bars.find((b) => b.reporter === s.reporter);
          return bar ? (bar.turnover?.value ?? bar.height) : null;
        }),
        color: reporterColor(s.reporter),
        type: 'bar',
        dash: 'solid',
        marker: 'none',
        labels: true,
        role: 'data',
      }));
      return { panel: id, type: 'bar', direction: 'col', overlap: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: panel.axis.max, heading, altText: alt(view.title, heading, categories, series) };
    });
}

function investmentPanels(view: Extract<ChartView, { id: 'investment-flows' }>): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const p of view.chart.panels) {
    if (p.rows.length === 0) continue;
    const categories = p.rows.map((r) => [r.label, ...r.details].join(' · '));
    const reporters = view.chart.series.filter((s) => p.rows.some((r) => r.reporter === s.reporter));
    // One series per side, each category holding only its own side's bar (overlapping, so the bar is not thinned).
    const series: ChartSeriesSpec[] = reporters.map((s) => ({
      name: s.label,
      values: p.rows.map((r) => (r.reporter === s.reporter ? r.value : null)),
      color: reporterColor(s.reporter),
      type: 'bar',
      dash: 'solid',
      marker: 'none',
      labels: true,
      role: 'data',
    }));
    out.push({
      panel: p.direction === 'kzToAz' ? 'investment-kzToAz' : 'investment-azToKz',
      type: 'bar',
      direction: 'bar',
      overlap: true,
      categories,
      xValues: [],
      series,
      valueTitle: view.unitLabel,
      valueMax: view.chart.axis.max,
      heading: p.title,
      altText: alt(view.title, p.title, categories, series),
    });
  }
  const c = view.chart.companies;
  if (c.points.length > 0) {
    const xValues = c.points.map((p) => p.x);
    const series: ChartSeriesSpec[] = c.series.map((s) => ({
      name: s.label,
      values: c.points.map((p) => (p.reporter === s.reporter ? p.value : null)),
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
      categories,
      xValues,
      series,
      valueTitle: c.unitLabel,
      valueMax: c.axis.max,
      heading: c.title,
      altText: alt(view.title, c.title, categories, series),
    });
  }
  return out;
}

function oilPanels(view: Extract<ChartView, { id: 'oil-volumes' }>): ChartSpec[] {
  const { annual, running, references, axis } = view.chart;
  const out: ChartSpec[] = [];
  if (annual.rows.length > 0) {
    const categories = annual.rows.map((r) => r.label);
    const bars: ChartSeriesSpec[] = annual.series.map((s) => ({
      name: s.label,
      values: annual.rows.map((r) => (typeof r[s.reporter] === 'number' ? (r[s.reporter] as number) : null)),
      color: reporterColor(s.reporter),
      type: 'bar',
      dash: 'solid',
      marker: 'none',
      labels: true,
      role: 'data',
    }));
    const series = [...bars, ...referenceSeries(references, categories.length)];
    out.push({ panel: 'oil-annual', type: 'bar', direction: 'col', overlap: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: axis.max, heading: annual.heading, altText: alt(view.title, annual.heading, categories, series) });
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
    out.push({ panel: 'oil-running', type: 'line', direction: 'col', overlap: false, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: axis.max, heading: running.heading, altText: alt(view.title, running.heading, categories, series) });
  }
  return out;
}

/** The data and filter a view was built from (for figures the view carries only as text). */
export interface ChartSource {
  data: ChartData;
  filter: ChartFilter;
}

/** The charts of a view, one per panel with something to draw, optionally only some panels. */
export function chartPanels(view: ChartView, source: ChartSource, only: readonly PanelId[] | null = null): ChartSpec[] {
  if (view.empty) return [];
  const all = view.id === 'trade-turnover' ? tradePanels(view, source) : view.id === 'investment-flows' ? investmentPanels(view) : view.id === 'oil-volumes' ? oilPanels(view) : [];
  return only ? all.filter((c) => only.includes(c.panel)) : all;
}

// ---- Slide layout (inches on the 13.333 x 7.5 in slide) and type sizes (pt) ----

const MARGIN = 0.45;
const WIDTH = PPTX_SLIDE.width - 2 * MARGIN;

/** Type sizes, pt: chart text is read from the back of a room (>= 14 pt), titles larger. */
export const PPTX_TYPE = { title: 28, subtitle: 20, chart: 16, source: 14, body: 20, minimum: 14 } as const;
/** Text colours (light palette). */
export const PPTX_TEXT = { title: lightHex(PAINTS['axis-label'].light), muted: lightHex(PAINTS['axis-text'].light) } as const;
export const PPTX_FONT = 'Noto Sans';

export const CHART_SLIDE = {
  title: { x: MARGIN, y: 0.25, w: WIDTH, h: 1.05 },
  subtitle: { x: MARGIN, y: 1.33, w: WIDTH, h: 0.45 },
  body: { x: MARGIN, y: 1.8, w: WIDTH, h: 4.7 },
  source: { x: MARGIN, y: 6.55, w: WIDTH, h: 0.8 },
} as const satisfies Record<string, Box>;

/** Milestones per timeline picture: more are split over several slides, so each picture has room for its text. */
export const TIMELINE_PER_SLIDE = 9;

/**
 * Year ranges of the timeline's pictures: the whole range, or as many ranges as `perSlide`
 * milestones each need, cut between whole years as near the even shares as the years allow.
 */
export function splitTimelineRange(years: readonly number[], range: { from: number; to: number }, perSlide = TIMELINE_PER_SLIDE): { from: number; to: number }[] {
  const sorted = [...years].sort((a, b) => a - b);
  const parts = Math.ceil(sorted.length / perSlide);
  if (parts <= 1) return [range];
  // Candidate cuts: the first year of each new year of milestones, with how many come before it.
  const cuts = [...new Set(sorted)].slice(1).map((year) => ({ year, before: sorted.filter((y) => y < year).length }));
  const chosen: number[] = [];
  for (let k = 1; k < parts; k++) {
    const target = (k * sorted.length) / parts;
    const free = cuts.filter((c) => !chosen.includes(c.year) && c.year > (chosen.at(-1) ?? -Infinity));
    const best = free.reduce<(typeof cuts)[number] | null>((acc, c) => (!acc || Math.abs(c.before - target) < Math.abs(acc.before - target) ? c : acc), null);
    if (best) chosen.push(best.year);
  }
  const bounds = [range.from, ...chosen, range.to + 1];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1]! - 1 }));
}

/**
 * Where a picture from the export pipeline goes and the CSS px size it is laid out at: as wide as
 * the area under the title (and subtitle) allows at `ratio`, laid out so that its smallest text
 * (`smallestPx` of layout) comes out at PPTX_TYPE.minimum or more.
 */
export function placePicture(args: { ratio: number; withSubtitle: boolean; smallestPx: number }): { box: Box; layout: { width: number; height: number } } {
  const { ratio, withSubtitle, smallestPx } = args;
  const top = withSubtitle ? CHART_SLIDE.body.y : CHART_SLIDE.subtitle.y;
  const area = { x: CHART_SLIDE.body.x, y: top, w: CHART_SLIDE.body.w, h: CHART_SLIDE.body.y + CHART_SLIDE.body.h - top };
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  const box = { x: area.x + (area.w - w) / 2, y: area.y, w, h };
  // smallestPx of layout is drawn at (w * 72 / width) * smallestPx pt.
  const width = Math.floor((w * 72 * smallestPx) / PPTX_TYPE.minimum);
  return { box, layout: { width, height: Math.round(width / ratio) } };
}

/** One chart type of a pptxgenjs multi-type chart: `slide.addChart(types, options)`. */
export interface PptxChartType {
  type: 'bar' | 'line' | 'scatter';
  data: { name: string; labels?: string[]; values: (number | null)[] }[];
  options: Record<string, unknown>;
}

/** Options shared by every chart type of a spec (axes, legend, fonts, value axis). */
function sharedOptions(spec: ChartSpec, box: Box): Record<string, unknown> {
  const size = PPTX_TYPE.chart;
  return {
    ...box,
    altText: spec.altText,
    barDir: spec.direction,
    showLegend: true,
    legendPos: 'b',
    legendFontSize: size,
    legendFontFace: PPTX_FONT,
    legendColor: PPTX_TEXT.title,
    catAxisLabelFontSize: size,
    catAxisLabelFontFace: PPTX_FONT,
    catAxisLabelColor: PPTX_TEXT.muted,
    catAxisLineShow: true,
    catAxisLineColor: lightHex(PAINTS['axis-line'].light),
    valAxisLabelFontSize: size,
    valAxisLabelFontFace: PPTX_FONT,
    valAxisLabelColor: PPTX_TEXT.muted,
    valAxisLineShow: false,
    valAxisMinVal: 0,
    valAxisMaxVal: spec.valueMax,
    valAxisTitle: spec.valueTitle,
    showValAxisTitle: true,
    valAxisTitleFontSize: size,
    valAxisTitleFontFace: PPTX_FONT,
    valAxisTitleColor: PPTX_TEXT.muted,
    valGridLine: { color: lightHex(PAINTS['axis-grid'].light), size: 1, style: 'solid' },
    catGridLine: { style: 'none' },
    dataLabelFontSize: size,
    dataLabelFontFace: PPTX_FONT,
    dataLabelColor: PPTX_TEXT.title,
    dataLabelFormatCode: 'General',
    displayBlanksAs: 'gap',
    ...(spec.type === 'scatter' ? { valAxisLabelFormatCode: 'General', catAxisLabelFormatCode: '0' } : {}),
  };
}

/**
 * The pptxgenjs arguments of a chart spec: the bars as one chart type (their colours in series
 * order), each line as its own type (its own colour, dash and marker: pptxgenjs sets these per
 * type), or the points of a scatter chart.
 */
export function pptxChartArgs(spec: ChartSpec, box: Box = CHART_SLIDE.body): { types: PptxChartType[]; options: Record<string, unknown> } {
  const options = sharedOptions(spec, box);
  const types: PptxChartType[] = [];
  if (spec.type === 'scatter') {
    types.push({
      type: 'scatter',
      data: [{ name: 'x', values: spec.xValues }, ...spec.series.map((s) => ({ name: s.name, values: s.values }))],
      options: {
        chartColors: spec.series.map((s) => s.color),
        lineSize: 0,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 12,
        showValue: true,
        dataLabelPosition: 't',
      },
    });
    return { types, options };
  }
  const bars = spec.series.filter((s) => s.type === 'bar');
  const hasReferences = spec.series.some((s) => s.role === 'reference');
  if (bars.length > 0) {
    types.push({
      type: 'bar',
      data: bars.map((s) => ({ name: s.name, labels: spec.categories, values: s.values })),
      options: {
        chartColors: bars.map((s) => s.color),
        barGrouping: 'clustered',
        barGapWidthPct: 60,
        ...(spec.overlap ? { barOverlapPct: 100 } : {}),
        showValue: bars.some((s) => s.labels),
        // Over reference lines a label above the bar would sit on the line: inside, in white.
        ...(hasReferences ? { dataLabelPosition: 'inEnd', dataLabelColor: 'FFFFFF' } : { dataLabelPosition: 'outEnd' }),
      },
    });
  }
  for (const s of spec.series.filter((x) => x.type === 'line')) {
    types.push({
      type: 'line',
      data: [{ name: s.name, labels: spec.categories, values: s.values }],
      options: {
        chartColors: [s.color],
        lineSize: s.role === 'reference' ? 2 : 3,
        lineDash: s.dash,
        lineDataSymbol: s.marker,
        lineDataSymbolSize: 9,
        showValue: s.labels,
        dataLabelPosition: 't',
      },
    });
  }
  return { types, options };
}
