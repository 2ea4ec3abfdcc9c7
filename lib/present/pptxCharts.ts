/**
 * The deck as native PowerPoint content, pure (no pptxgenjs, no browser), so it is unit-tested:
 * - the parts of a chart spec, which each chart's lib/charts/<chart>/pptx.ts builds from its view
 *   (lib/present/pptxRegistry.ts: which kind of .pptx slide each deck slide becomes): type, categories, series values
 *   (the view's own numbers, which come from data/ through lib/charts), series names and colours
 *   (the light palette of lib/charts/style.ts), reference lines as series, the value axis;
 * - the pptxgenjs arguments of a spec (`pptxChartArgs`) and where things go on the slide, in inches.
 * components/present/exportDeckPptx.ts only feeds these to pptxgenjs.
 */
import type { ChartFilter } from '../charts/types';
import { PAINTS, REFERENCE_LINE, REPORTER_TONES } from '../charts/style';
import type { YearBounds } from '../urlState';
import type { SlideOptions } from './deck';
import type { SeriesLook } from './pptxChartXml';
import { PPTX_SLIDE, type Box } from './pptxLayout';
import { measureTextWidth } from '../map/textWidth';
import { computeNiceScale } from '../charts/scale';

/** A panel of a chart, drawn as one chart on its own .pptx slide (`trade-years`, `oil-running`…: lib/charts/<chart>/pptx.ts). */
export type PanelId = string;

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
  /**
   * The label of each point as the deck writes it ("~100", ">250", "1,5" in kk), where it is not
   * the bare number: PowerPoint would drop the qualifier and write the decimal point of the
   * viewer's locale. Written into the file by lib/present/pptxChartXml.ts's pointLabelTexts.
   */
  labelTexts?: (string | null)[];
  /**
   * The hatch over the series' colour as the screen draws it (Kazakhstan's bars): the colour of
   * its lines, `RRGGBB` (white on the main and dark tones, brown on the light one); null for a plain fill.
   */
  hatch?: string | null;
  /**
   * Bars of a plan or forecast (not a measured outcome): outlined with a dashed line of `color`
   * (`RRGGBB`), filled with the series' colour when `fill`, else not filled. Null for a plain bar.
   */
  outline?: { color: string; fill: boolean } | null;
  /**
   * `reference`: a constant line (agreed volume), not a measured figure; `label`: no bar of its
   * own, only labels at the end of the bars (a split trade bar's published turnover).
   */
  role: 'data' | 'reference' | 'label';
}

/** Width of a data label on the slide, inches (measured at the chart's size, in LibreOffice's wider face, with a little air). */
function labelWidthIn(text: string): number {
  return (measureTextWidth(text, { size: PPTX_TYPE.chart }) * FALLBACK_WIDER) / 72 + 0.1;
}

/** Gap between the bars of non-stacked bar charts, % of a bar's width (pptxChartArgs). */
const BAR_GAP_PCT = 60;

/** Width of one column of a chart whose columns overlap (one a category), inches: the body over the categories, less the gaps and the value axis. */
function columnBarWidth(spec: Pick<ChartSpec, 'categories' | 'legend'>): number {
  const plotIn = chartBoxes(spec).chart.w - 1;
  return plotIn / Math.max(1, spec.categories.length) / (1 + BAR_GAP_PCT / 100);
}

/** DrawingML preset of the hatch: thick lines rising to the right, as the screen's stripes. */
export const HATCH_PRESET = 'dkUpDiag';

/** How the file draws each series beyond its colour (lib/present/pptxChartXml.ts seriesLooks), by series name. */
export function seriesLooksOf(spec: Pick<ChartSpec, 'series' | 'stacked' | 'direction' | 'categories' | 'legend'>): Map<string, SeriesLook> {
  const looks = new Map<string, SeriesLook>();
  const inside = spec.direction === 'col' && !spec.stacked && spec.series.some((s) => s.role === 'reference');
  const barIn = inside ? columnBarWidth(spec) : Infinity;
  for (const s of spec.series) {
    // pptxgenjs labels every bar series of a chart that labels any: one that says nothing (a trade
    // bar's directions, a gap bar below zero) has its labels taken off. Labels written inside a
    // column (under reference lines) that are wider than it ("almost 1,500") go above it instead,
    // in the text colour, as does every label of a bar with no fill (a plan's outline).
    const wide = inside ? (s.labelTexts ?? []).flatMap((t, i) => (t !== null && labelWidthIn(t) > barIn ? [i] : [])) : [];
    const quiet: SeriesLook = {
      ...(s.type === 'bar' && !s.labels ? { unlabelled: true } : {}),
      ...(s.type === 'bar' && s.labels && s.outline && !s.outline.fill ? { labelColor: PPTX_TEXT.title } : {}),
      ...(wide.length > 0 ? { outside: { points: wide, color: PPTX_TEXT.title } } : {}),
    };
    // A carrier after stacked parts writes at the stack's end (its base); one among overlapping
    // bars (no length, at zero) writes past its end, right of zero, as the chart's other labels.
    if (s.role === 'label') looks.set(s.name, { hidden: true, ...(spec.stacked ? { labelPosition: 'inBase' } : {}) });
    // The bar's colour behind, the hatch's lines over it (LibreOffice draws a preset's lines thin: the bar keeps its colour).
    else if (s.hatch) looks.set(s.name, { pattern: { preset: HATCH_PRESET, fg: s.hatch, bg: s.color }, ...quiet });
    else if (s.outline) looks.set(s.name, { outline: { color: s.outline.color, fill: s.outline.fill ? s.color : null }, ...quiet });
    else if (Object.keys(quiet).length > 0) looks.set(s.name, quiet);
  }
  return looks;
}

/** The line colour of a side's hatch on a bar of `tone` (components/charts/paint.ts pickStripe), or null. */
export function hatchOf(reporter: keyof typeof REPORTER_TONES, tone: 'main' | 'dark' | 'light'): string | null {
  const hatch = REPORTER_TONES[reporter].hatch;
  return hatch ? lightHex(tone === 'light' ? hatch.lightColor : hatch.color) : null;
}

export interface ChartSpec {
  panel: PanelId;
  /** `bar`: bars (with lines over them for references) on categories; `line`: lines on categories; `scatter`: points on a numeric x axis. */
  type: 'bar' | 'line' | 'scatter';
  /** Vertical (`col`) or horizontal (`bar`) bars. */
  direction: 'col' | 'bar';
  /** Bars of the series drawn over each other: each category holds one side's bar only (investment bars). */
  overlap: boolean;
  /** Bars of the series stacked end to end (the two directions of a trade bar). */
  stacked: boolean;
  categories: string[];
  /** x values of a scatter chart. */
  xValues: number[];
  series: ChartSeriesSpec[];
  valueTitle: string;
  /** Start of the value axis: 0 unless bars go below zero (the trade gap: Azerbaijan's figure higher). */
  valueMin?: number;
  valueMax: number;
  /** Heading of the panel (shown under the title), or null. */
  heading: string | null;
  /** Alt text of the chart. */
  altText: string;
  /**
   * The deck's own legend, in rows of items, written as text above the chart instead of the
   * chart's legend (trade: the sides and the bar parts, as the slide explains them; one legend
   * entry per side and part would fill the slide); null: the chart's own legend.
   */
  legend: LegendItem[][] | null;
}

/** An item of a legend written as text: a coloured square and its label. */
export interface LegendItem {
  label: string;
  /** `RRGGBB` of the square. */
  color: string;
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

/** A side's main colour, `RRGGBB`. */
export function reporterColor(reporter: keyof typeof REPORTER_TONES): string {
  return lightHex(REPORTER_TONES[reporter].main);
}

/** A constant line that is not a measured figure (an agreed volume, a target), in the reference style; null values leave it out. */
export function referenceLine(name: string, values: (number | null)[]): ChartSeriesSpec {
  return { name, values, color: lightHex(REFERENCE_LINE.color), type: 'line', dash: dashOf(REFERENCE_LINE.dash), marker: 'none', labels: false, role: 'reference' };
}

/** A side's bars, each labelled as the deck writes it, in the side's main colour and hatch. */
export function sideBars(reporter: keyof typeof REPORTER_TONES, name: string, values: (number | null)[], labelTexts: (string | null)[]): ChartSeriesSpec {
  return { name, values, labelTexts, color: reporterColor(reporter), hatch: hatchOf(reporter, 'main'), type: 'bar', dash: 'solid', marker: 'none', labels: true, role: 'data' };
}

/**
 * Horizontal bars, one a category: each series holds only its own categories' bars, drawn over each
 * other so that none is thinned (investment by side, the trade gap by the side whose figure is higher).
 */
export function oneBarPerCategory(args: Pick<ChartSpec, 'panel' | 'categories' | 'series' | 'valueTitle' | 'valueMin' | 'valueMax' | 'heading' | 'legend' | 'altText'>): ChartSpec {
  return { type: 'bar', direction: 'bar', overlap: true, stacked: false, xValues: [], ...args };
}

/** The alt text of a chart: its title (and heading), then each data series' values by category. */
export function alt(title: string, heading: string | null, categories: readonly string[], series: readonly ChartSeriesSpec[]): string {
  const lines = series
    .filter((s) => s.role === 'data')
    .map((s) => `${s.name}: ${s.values.map((v, i) => (v === null ? null : `${categories[i] ?? ''} ${v}`.trim())).filter(Boolean).join('; ')}`);
  return [heading ? `${title} — ${heading}` : title, ...lines].join('. ');
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

/** Height of a line of chart text, inches (PPTX_TYPE.chart at 1.25 line spacing, with a little room). */
const LEGEND_LINE = 0.36;
/**
 * Text widths are measured in Noto Sans (lib/map/textWidth.ts); where it is not installed the
 * slide falls back to a wider face (DejaVu Sans in LibreOffice: up to 15 % wider).
 */
const FALLBACK_WIDER = 1.15;
/** Space between two legend items: two em spaces (legendRuns). */
const LEGEND_GAP = 2 * PPTX_TYPE.chart;

function legendItemWidth(item: LegendItem): number {
  return measureTextWidth(`\u25A0\u00A0${item.label}`, { size: PPTX_TYPE.chart }) * FALLBACK_WIDER;
}

/**
 * A legend's items (its rows in order: sides, then parts) flowed into lines of the body's width
 * (measured, `widthIn` inches): an item that would run past the edge starts the next line, so the
 * box's height (chartBoxes) is known and the chart under it is not covered, and the legend takes
 * as few lines as the words allow (the plot keeps its room).
 */
export function flowLegend(rows: readonly LegendItem[][], widthIn: number = CHART_SLIDE.body.w): LegendItem[][] {
  const max = widthIn * 72;
  const out: LegendItem[][] = [];
  let line: LegendItem[] = [];
  let used = 0;
  for (const item of rows.flat()) {
    const w = legendItemWidth(item);
    if (line.length > 0 && used + LEGEND_GAP + w > max) {
      out.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? LEGEND_GAP : 0) + w;
    line.push(item);
  }
  if (line.length > 0) out.push(line);
  return out;
}

/** Lines a flowed legend takes (a single item wider than the body wraps within itself). */
function legendLineCount(lines: readonly LegendItem[][], widthIn: number): number {
  const max = widthIn * 72;
  return lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.reduce((w, item, i) => w + (i > 0 ? LEGEND_GAP : 0) + legendItemWidth(item), 0) / max)), 0);
}

/**
 * Where a chart's legend written as text (ChartSpec.legend) goes, at the top of the body, and
 * the chart under it; without one the chart takes the body.
 */
export function chartBoxes(spec: Pick<ChartSpec, 'legend'>): { legend: Box | null; chart: Box } {
  const body = CHART_SLIDE.body;
  if (!spec.legend || spec.legend.length === 0) return { legend: null, chart: body };
  const h = legendLineCount(spec.legend, body.w) * LEGEND_LINE;
  return { legend: { ...body, h }, chart: { ...body, y: body.y + h + 0.05, h: body.h - h - 0.05 } };
}

/** Text runs of a legend written as text: per item a coloured square and the label, one paragraph per row. */
export function legendRuns(rows: readonly LegendItem[][]): { text: string; options: { color: string; size: number; breakLine: boolean } }[] {
  return rows.flatMap((row, r) =>
    row.flatMap((item, i) => [
      { text: '\u25A0\u00A0', options: { color: item.color, size: PPTX_TYPE.chart, breakLine: false } },
      { text: i < row.length - 1 ? `${item.label}\u2003\u2003` : item.label, options: { color: PPTX_TEXT.title, size: PPTX_TYPE.chart, breakLine: i === row.length - 1 && r < rows.length - 1 } },
    ]),
  );
}

/** One chart type of a pptxgenjs multi-type chart: `slide.addChart(types, options)`. */
export interface PptxChartType {
  type: 'bar' | 'line' | 'scatter';
  data: { name: string; labels?: string[]; values: (number | null)[] }[];
  options: Record<string, unknown>;
}

/**
 * The plot area of horizontal bars, as shares of the chart's box: a label column as wide as the
 * longest category label (measured, on one line: LibreOffice wraps long labels and then hides
 * those that would touch their neighbours), room on the right for the value labels and below for
 * the value axis and its title; the rest for the bars, so each row is as tall as the slide allows.
 */
function horizontalPlot(spec: ChartSpec, box: Box, categorySize: number): { x: number; y: number; w: number; h: number } {
  const labelIn = (Math.max(...spec.categories.map((c) => measureTextWidth(c, { size: categorySize }))) * FALLBACK_WIDER) / 72 + 0.15;
  const x = Math.min(0.45, labelIn / box.w);
  // Room for the longest label at a bar's end (the labels as written, else a plain figure).
  const written = spec.series.flatMap((s) => (s.labels ? (s.labelTexts ?? []) : [])).filter((t): t is string => t !== null);
  const longest = Math.max(...['000.0', ...written].map((t) => measureTextWidth(t, { size: PPTX_TYPE.chart })));
  const right = spec.stacked ? 0.02 : Math.min(0.25, (longest * FALLBACK_WIDER) / 72 / box.w + 0.01);
  // Tick labels and the axis title below the plot: two lines of chart text and their gaps.
  const below = (2 * PPTX_TYPE.chart * 1.5) / 72 / box.h;
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return { x: r(x), y: 0.01, w: r(1 - x - right), h: r(1 - 0.01 - below) };
}

/**
 * The value axis's end for horizontal bars, long enough for the labels written past the bars'
 * ends (a split trade bar's "529.4 / 314", a bar's own label outside it): whole steps of the axis
 * are added until the longest fits in the plot and the room right of it (measured, as LibreOffice's
 * wider face would draw it).
 */
export function fitValueMax(spec: ChartSpec, plotWidthIn: number, rightRoomIn = 0): number {
  const step = computeNiceScale(spec.valueMax).ticks[1] ?? spec.valueMax;
  const bars = spec.series.filter((s) => s.type === 'bar');
  const ends = spec.categories.map((_, i) =>
    spec.stacked ? bars.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0) : Math.max(0, ...bars.map((s) => s.values[i] ?? 0)),
  );
  // Labels drawn past the end: a label carrier's (stacked bars), or every label outside its bar.
  const outside = bars.filter((s) => s.labels && (spec.stacked ? s.role === 'label' : !spec.series.some((x) => x.role === 'reference')));
  const need = outside.flatMap((s) =>
    s.values.flatMap((v, i) => {
      const text = s.labelTexts?.[i];
      return v === null || !text ? [] : [{ end: ends[i]!, inches: (measureTextWidth(text, { size: PPTX_TYPE.chart }) * FALLBACK_WIDER) / 72 + 0.1 }];
    }),
  );
  let max = spec.valueMax;
  const min = spec.valueMin ?? 0;
  // A label may run into the room kept right of the plot.
  for (let k = 0; k < 5 && need.some((n) => n.end + ((n.inches - rightRoomIn) / plotWidthIn) * (max - min) > max); k++) max += step;
  return max;
}

/** Width of a chart legend entry, inches: its key (line and marker) and its name. */
function legendEntryWidth(name: string): number {
  return 0.55 + (measureTextWidth(name, { size: PPTX_TYPE.chart }) * FALLBACK_WIDER) / 72;
}

/**
 * Where the chart's own legend (line and point charts: it shows each series' line and marker) and
 * the plot go in its box, as shares of the box: the legend at the bottom, one line per entry (an
 * entry wider than the box takes more), and the plot above it with room for the axes' labels.
 * LibreOffice, left to lay out a legend of seven long entries, printed them all on one line.
 */
export function chartLegendLayout(spec: Pick<ChartSpec, 'series' | 'legend' | 'type' | 'direction'>, box: Box): { legend: { y: number; h: number }; plot: { x: number; y: number; w: number; h: number } } | null {
  if (spec.legend !== null || (spec.type === 'bar' && spec.direction === 'bar')) return null;
  const entries = spec.series.filter((s) => s.role !== 'label');
  const lines = entries.reduce((n, s) => n + Math.max(1, Math.ceil(legendEntryWidth(s.name) / (box.w - 0.2))), 0);
  const r = (n: number) => Math.round(n * 1000) / 1000;
  const legendH = Math.min(0.6, (lines * LEGEND_LINE + 0.1) / box.h);
  // Below the plot: the category labels (one line of chart text); left of it: the value labels and the axis title.
  const below = (PPTX_TYPE.chart * 1.6) / 72 / box.h;
  const left = (PPTX_TYPE.chart * 5.5) / 72 / box.w;
  return { legend: { y: r(1 - legendH), h: r(legendH) }, plot: { x: r(left), y: 0.03, w: r(1 - left - 0.02), h: r(1 - legendH - below - 0.03) } };
}

/** Options shared by every chart type of a spec (axes, legend, fonts, value axis). */
function sharedOptions(spec: ChartSpec, box: Box): Record<string, unknown> {
  const size = PPTX_TYPE.chart;
  const categorySize = spec.direction === 'bar' && spec.categories.some((c) => c.length > 20) ? PPTX_TYPE.minimum : size;
  const plot = spec.direction === 'bar' && spec.type === 'bar' ? horizontalPlot(spec, box, categorySize) : null;
  const withLegend = chartLegendLayout(spec, box);
  return {
    ...(withLegend ? { layout: withLegend.plot } : {}),
    ...box,
    altText: spec.altText,
    barDir: spec.direction,
    showLegend: spec.legend === null,
    legendPos: 'b',
    legendFontSize: size,
    legendFontFace: PPTX_FONT,
    legendColor: PPTX_TEXT.title,
    // Long category labels (investment: the period and its details) at the smallest size.
    catAxisLabelFontSize: categorySize,
    ...(spec.direction === 'bar' && spec.type === 'bar' ? { layout: plot } : {}),
    catAxisLabelFontFace: PPTX_FONT,
    catAxisLabelColor: PPTX_TEXT.muted,
    catAxisLineShow: true,
    // Every category named (LibreOffice skips every other one of a crowded axis otherwise).
    ...(spec.type === 'scatter' ? {} : { catAxisLabelFrequency: 1 }),
    catAxisLineColor: lightHex(PAINTS['axis-line'].light),
    valAxisLabelFontSize: size,
    valAxisLabelFontFace: PPTX_FONT,
    valAxisLabelColor: PPTX_TEXT.muted,
    valAxisLineShow: false,
    valAxisMinVal: spec.valueMin ?? 0,
    // Bars below zero: the category labels at the plot's left edge, not at zero over those bars.
    ...((spec.valueMin ?? 0) < 0 ? { catAxisLabelPos: 'low' } : {}),
    valAxisMaxVal: plot ? fitValueMax(spec, plot.w * box.w, (1 - plot.x - plot.w) * box.w) : spec.valueMax,
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
export function pptxChartArgs(spec: ChartSpec, box: Box = chartBoxes(spec).chart): { types: PptxChartType[]; options: Record<string, unknown> } {
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
        barGrouping: spec.stacked ? 'stacked' : 'clustered',
        barGapWidthPct: spec.stacked ? 30 : BAR_GAP_PCT,
        // Stacked bars need full overlap (PowerPoint draws them so); overlapping bars are one per category.
        ...(spec.overlap || spec.stacked ? { barOverlapPct: 100 } : {}),
        showValue: bars.some((s) => s.labels),
        // Stacked parts are labelled in their middle; over reference lines a label above the bar
        // would sit on the line: inside. Labels inside a bar take the colour that reads on its fill
        // (insideLabelColours in pptxChartXml.ts, after pptxgenjs wrote the file).
        dataLabelPosition: spec.stacked ? 'ctr' : hasReferences ? 'inEnd' : 'outEnd',
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
