/**
 * The deck as native PowerPoint content, pure (no pptxgenjs, no browser), so it is unit-tested:
 * - which kind of .pptx slide each deck slide becomes (`pptxSlideSource`): native charts from a
 *   chart's view, a picture from the export pipeline (map, timeline), or text;
 * - each panel of a chart view as a chart spec (`chartPanels`): type, categories, series values
 *   (the view's own numbers, which come from data/ through lib/charts), series names and colours
 *   (the light palette of lib/charts/style.ts), reference lines as series, the value axis;
 * - the pptxgenjs arguments of a spec (`pptxChartArgs`) and where things go on the slide, in inches.
 * components/present/exportDeckPptx.ts only feeds these to pptxgenjs.
 */
import type { ChartView } from '../charts/build';
import type { ChartFilter, ChartId } from '../charts/types';
import { TRADE_PARTS, makeTradeDataKey, makeTradeLabelKey, type TradePart } from '../charts/trade-turnover/view';
import { PACE_LINE, PAINTS, PART_TONES, REFERENCE_LINE, REPORTER_TONES, YEAR_LINE_STYLES } from '../charts/style';
import type { YearBounds } from '../urlState';
import type { SlideId, SlideOptions } from './deck';
import { SLIDE_DEFINITIONS, type ChartSlidePart } from './slides';
import type { SeriesLook } from './pptxChartXml';
import type { ExportPart } from '../export/parts';
import { PPTX_SLIDE, type Box } from './pptxLayout';
import { oneBarPerRow } from './slideRows';
import { measureTextWidth } from '../map/textWidth';

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
 * What a deck slide becomes in the .pptx (one .pptx slide per deck slide):
 * - `chart`: the PowerPoint chart of the one panel the deck slide draws (lib/present/slides.ts);
 * - `timeline`: page `page` of `pages` of the milestones, as a picture from the export pipeline
 *   (no chart type of PowerPoint draws it);
 * - `map`: the route map as a picture from the export pipeline;
 * - `text`: the slide's own text as text boxes (the title and headlines slides).
 */
export type PptxSlideSource =
  | { kind: 'chart'; chartId: Exclude<ChartId, 'timeline'>; panel: PanelId; slidePanel: Exclude<ChartSlidePart, { chart: 'timeline' }>['panel'] }
  | { kind: 'timeline'; page: number; pages: number }
  | { kind: 'map' }
  | { kind: 'text' };

/** The chart panel of each part of a chart a deck slide can draw. */
const PANEL_OF_PART: Record<Exclude<ChartSlidePart, { chart: 'timeline' }>['panel'], PanelId> = {
  years: 'trade-years',
  partYears: 'trade-part-years',
  kzToAz: 'investment-kzToAz',
  azToKz: 'investment-azToKz',
  companies: 'investment-companies',
  annual: 'oil-annual',
  running: 'oil-running',
};

/** The kind of .pptx slide for a deck slide, from the deck's own slide definitions. */
export function pptxSlideSource(id: SlideId): PptxSlideSource {
  const def = SLIDE_DEFINITIONS[id];
  if (def.kind === 'map') return { kind: 'map' };
  if (def.kind !== 'chart') return { kind: 'text' };
  if (def.chart === 'timeline') return { kind: 'timeline', page: def.page, pages: def.pages };
  return { kind: 'chart', chartId: def.chart, panel: PANEL_OF_PART[def.panel], slidePanel: def.panel };
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
   * `reference`: a constant line (agreed volume), not a measured figure; `label`: no bar of its
   * own, only labels at the end of the bars (a split trade bar's published turnover).
   */
  role: 'data' | 'reference' | 'label';
}

/** DrawingML preset of the hatch: thick lines rising to the right, as the screen's stripes. */
export const HATCH_PRESET = 'dkUpDiag';

/** How the file draws each series beyond its colour (lib/present/pptxChartXml.ts seriesLooks), by series name. */
export function seriesLooksOf(spec: Pick<ChartSpec, 'series'>): Map<string, SeriesLook> {
  const looks = new Map<string, SeriesLook>();
  for (const s of spec.series) {
    if (s.role === 'label') looks.set(s.name, { hidden: true, labelPosition: 'inBase' });
    // The bar's colour behind, the hatch's lines over it (LibreOffice draws a preset's lines thin: the bar keeps its colour).
    else if (s.hatch) looks.set(s.name, { pattern: { preset: HATCH_PRESET, fg: s.hatch, bg: s.color } });
  }
  return looks;
}

/** The line colour of a side's hatch on a bar of `tone` (components/charts/paint.ts pickStripe), or null. */
function hatchOf(reporter: keyof typeof REPORTER_TONES, tone: 'main' | 'dark' | 'light'): string | null {
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

/** Tone of each stacked part of a trade bar, as the deck draws it (components/charts/TradeTurnoverPlot.tsx). */
const TRADE_PART_TONE: Record<TradePart, 'dark' | 'light' | 'main'> = { kzToAz: 'dark', azToKz: 'light', total: 'main' };

/**
 * Trade as the deck draws it: one horizontal bar per side and period (lib/present/slideRows.ts),
 * the two directions stacked where both were published, the turnover as one piece where they
 * were not. One series per side and part (each side's tones), each value a published figure.
 * Rows are listed bottom to top (PowerPoint draws the first category at the bottom), so the
 * slide reads top down like the deck.
 */
function tradePanels(view: Extract<ChartView, { id: 'trade-turnover' }>): ChartSpec[] {
  const partLabel = new Map(view.chart.legend.parts.map((p) => [p.part, p.label]));
  // The label carrier's name (not shown: the chart's legend is off): the table's "Turnover".
  const turnoverName = view.tables[0]?.columns.find((c) => c.key === 'turnover')?.label ?? 'turnover';
  const panels: { id: PanelId; panel: (typeof view.chart)['years']; heading: string | null }[] = [
    { id: 'trade-years', panel: view.chart.years, heading: null },
    { id: 'trade-part-years', panel: view.chart.partYears, heading: view.chart.partYears.heading },
  ];
  return panels
    .filter((p) => p.panel.rows.length > 0)
    .map(({ id, panel, heading }) => {
      const rows = [...oneBarPerRow(panel).rows].reverse();
      const categories = rows.map((r) => r.label);
      const series: ChartSeriesSpec[] = panel.series.flatMap((s) =>
        TRADE_PARTS.map((part): ChartSeriesSpec | null => {
          const key = makeTradeDataKey(s.reporter, part);
          const values = rows.map((row) => (typeof row[key] === 'number' ? (row[key] as number) : null));
          if (values.every((v) => v === null)) return null;
          const labelKey = makeTradeLabelKey(s.reporter, part);
          return {
            name: `${s.label} · ${partLabel.get(part) ?? part}`,
            values,
            // A whole bar is labelled with the turnover as the screen writes it ("~598.5").
            ...(part === 'total' ? { labelTexts: rows.map((row) => (typeof row[key] === 'number' && typeof row[labelKey] === 'string' ? (row[labelKey] as string) : null)) } : {}),
            color: lightHex(REPORTER_TONES[s.reporter][TRADE_PART_TONE[part]]),
            hatch: hatchOf(s.reporter, TRADE_PART_TONE[part]),
            type: 'bar',
            dash: 'solid',
            marker: 'none',
            // The directions' pieces are not labelled, as in the deck: the published turnover at the
            // bar's end says the figure (PowerPoint wrote "375.3" in every language on them).
            labels: part === 'total',
            role: 'data',
          };
        }).filter((x): x is ChartSeriesSpec => x !== null),
      );
      // A split bar's published turnover at its end, as the screen writes it: an invisible part
      // after the directions (no length, so the bar keeps its size) carries the labels.
      const splitLabels = rows.map((row) => {
        const side = panel.series.find((x) => (['kzToAz', 'azToKz'] as const).some((p) => typeof row[makeTradeLabelKey(x.reporter, p)] === 'string'));
        if (!side) return null;
        const part = (['azToKz', 'kzToAz'] as const).find((p) => typeof row[makeTradeLabelKey(side.reporter, p)] === 'string')!;
        return row[makeTradeLabelKey(side.reporter, part)] as string;
      });
      if (splitLabels.some((l) => l !== null)) {
        series.push({ name: turnoverName, values: splitLabels.map((l) => (l === null ? null : 0)), labelTexts: splitLabels, color: 'FFFFFF', type: 'bar', dash: 'solid', marker: 'none', labels: true, role: 'label' });
      }
      const present = (reporter: string, part?: TradePart) => series.some((x) => x.values.some((v) => v !== null) && x.name.startsWith(`${panel.series.find((p) => p.reporter === reporter)?.label} · `) && (!part || x.name.endsWith(` · ${partLabel.get(part)}`)));
      const legend = flowLegend([
        panel.series.filter((p) => present(p.reporter)).map((p) => ({ label: p.label, color: lightHex(REPORTER_TONES[p.reporter].main) })),
        view.chart.legend.parts.filter((p) => panel.series.some((x) => present(x.reporter, p.part))).map((p) => ({ label: p.label, color: lightHex(PART_TONES[TRADE_PART_TONE[p.part]]) })),
      ].filter((row) => row.length > 0));
      return { panel: id, type: 'bar', direction: 'bar', overlap: false, stacked: true, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: panel.axis.max, heading, legend, altText: alt(view.title, heading, [...categories].reverse(), series.map((x) => ({ ...x, values: [...x.values].reverse() }))) };
    });
}

function investmentPanels(view: Extract<ChartView, { id: 'investment-flows' }>): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const p of view.chart.panels) {
    if (p.rows.length === 0) continue;
    // Bottom to top, as PowerPoint lists the categories of horizontal bars (the slide reads top down).
    const rows = [...p.rows].reverse();
    const categories = rows.map((r) => [r.label, ...r.details].join(' · '));
    const reporters = view.chart.series.filter((s) => rows.some((r) => r.reporter === s.reporter));
    // One series per side, each category holding only its own side's bar (overlapping, so the bar is not thinned).
    const series: ChartSeriesSpec[] = reporters.map((s) => ({
      name: s.label,
      values: rows.map((r) => (r.reporter === s.reporter ? r.value : null)),
      labelTexts: rows.map((r) => (r.reporter === s.reporter ? r.valueLabel : null)),
      color: reporterColor(s.reporter),
      hatch: hatchOf(s.reporter, 'main'),
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
      stacked: false,
      categories,
      xValues: [],
      series,
      valueTitle: view.unitLabel,
      valueMax: view.chart.axis.max,
      heading: p.title,
      legend: flowLegend([reporters.map((s) => ({ label: s.label, color: reporterColor(s.reporter) }))]),
      altText: alt(view.title, p.title, categories, series),
    });
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

function oilPanels(view: Extract<ChartView, { id: 'oil-volumes' }>): ChartSpec[] {
  const { annual, running, references, axis } = view.chart;
  const out: ChartSpec[] = [];
  if (annual.rows.length > 0) {
    const categories = annual.rows.map((r) => r.label);
    const bars: ChartSeriesSpec[] = annual.series.map((s) => ({
      name: s.label,
      values: annual.rows.map((r) => (typeof r[s.reporter] === 'number' ? (r[s.reporter] as number) : null)),
      labelTexts: annual.rows.map((r) => (typeof r[s.reporter] === 'number' && typeof r[`${s.reporter}_label`] === 'string' ? (r[`${s.reporter}_label`] as string) : null)),
      color: reporterColor(s.reporter),
      hatch: hatchOf(s.reporter, 'main'),
      type: 'bar',
      dash: 'solid',
      marker: 'none',
      labels: true,
      role: 'data',
    }));
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

/** The charts of a view, one per panel with something to draw, optionally only some panels. */
export function chartPanels(view: ChartView, only: readonly PanelId[] | null = null): ChartSpec[] {
  if (view.empty) return [];
  const all = view.id === 'trade-turnover' ? tradePanels(view) : view.id === 'investment-flows' ? investmentPanels(view) : view.id === 'oil-volumes' ? oilPanels(view) : [];
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

/**
 * The export part (lib/export/parts.ts) of the timeline's page `page` of `pages` (the deck's
 * timeline-1, timeline-2…): the export pipeline draws that page's milestones with the deck's own
 * split (lib/present/slides.ts pageOf), so each picture holds the milestones of its deck slide.
 */
export function timelinePart(page: number, pages: number): Extract<ExportPart, { chart: 'timeline' }> {
  return { id: `timeline-${page}`, chart: 'timeline', panel: 'milestones', page, pages };
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
  const right = spec.stacked ? 0.02 : Math.min(0.1, (measureTextWidth('000.0', { size: PPTX_TYPE.chart }) * FALLBACK_WIDER) / 72 / box.w + 0.01);
  // Tick labels and the axis title below the plot: two lines of chart text and their gaps.
  const below = (2 * PPTX_TYPE.chart * 1.5) / 72 / box.h;
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return { x: r(x), y: 0.01, w: r(1 - x - right), h: r(1 - 0.01 - below) };
}

/** Options shared by every chart type of a spec (axes, legend, fonts, value axis). */
function sharedOptions(spec: ChartSpec, box: Box): Record<string, unknown> {
  const size = PPTX_TYPE.chart;
  const categorySize = spec.direction === 'bar' && spec.categories.some((c) => c.length > 20) ? PPTX_TYPE.minimum : size;
  return {
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
    ...(spec.direction === 'bar' && spec.type === 'bar' ? { layout: horizontalPlot(spec, box, categorySize) } : {}),
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
        barGapWidthPct: spec.stacked ? 30 : 60,
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
