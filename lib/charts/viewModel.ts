/**
 * Shared pieces of every chart's view model: numbers with qualifiers, the source line, the empty
 * message, the notes on a figure and the table model. All text comes through `t` in the page's
 * language, so these stay pure and run alike on the server and in the browser.
 */
import type { Qualifier, Reporter, Source, Unit } from '../../data/schema';
import { digitsFor, scaleValue } from '../format';
import { parsePeriod } from '../period';
import type { Translate } from '../observations';
import type { ChartFormatter } from './formatter';
import { computeNiceScale } from './scale';
import type { ChartFilter, EmptyReason, FigureNote, YearRange } from './types';

/** What every view builder is given besides the shaped data. */
export interface ViewContext {
  locale: string;
  t: Translate;
  /** Numbers, periods, dates and lists as text (Intl on the server, a dictionary in the browser). */
  format: ChartFormatter;
  /** Sources of the dataset (only id, publisher and publication date are read). */
  sources: readonly SourceRef[];
  filter: ChartFilter;
}

export type SourceRef = Pick<Source, 'id' | 'publisher' | 'published'>;

/** One cell of a chart's data table. */
export interface TableCell {
  text: string;
  /** Right-aligned figure. */
  numeric?: boolean;
  /** Row header (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  /** `data-*` attributes for tests and styling (e.g. `{ period: '2023', reporter: 'KZ' }`). */
  data: Record<string, string>;
}

export interface TableGroup {
  /** Heading row of the group (`<th colspan>`), or null for a table of one group. */
  heading: string | null;
  rows: TableRow[];
}

/** A data table: one per chart panel, exactly the figures drawn. */
export interface TableModel {
  key: string;
  caption: string;
  columns: { key: string; label: string; numeric: boolean }[];
  groups: TableGroup[];
}

/** A tooltip: a heading and one block of lines per series at that point. */
export interface TooltipModel {
  heading: string;
  sections: { key: string; reporter: Reporter | null; title: string; lines: string[] }[];
}

/** Everything every chart's view model has, whatever it draws. */
export interface ChartViewBase {
  title: string;
  subtitle: string;
  /** Unit of the values, shown above the value axis ("USD million"). */
  unitLabel: string;
  /** Generated from the data in the page's language. */
  description: string;
  sourceLine: string;
  /** Standing notes of the chart, then notes about figures not drawn. */
  notes: string[];
  /** Text shown instead of the chart when there is nothing to draw. */
  empty: string | null;
  tables: TableModel[];
  /** "Showing 2019–2024, reported by Kazakhstan." when the view is filtered; else null. */
  filterNote: string | null;
}

/** A value axis from 0: round top, ticks and their labels in the page's language. */
export interface ValueAxis {
  max: number;
  ticks: { value: number; label: string }[];
}

/** The shared value axis for panels whose largest value is `max`. */
export function buildValueAxis(max: number, ctx: Pick<ViewContext, 'format'>, maxIntervals?: number): ValueAxis {
  const scale = computeNiceScale(max, maxIntervals);
  return { max: scale.max, ticks: scale.ticks.map((value) => ({ value, label: ctx.format.number(value, digitsFor(value)) })) };
}

/** A number with as many decimals as the source gave, in the page's language. */
export function formatFigure(value: number, ctx: Pick<ViewContext, 'format'>): string {
  const rounded = Number(value.toFixed(3));
  return ctx.format.number(rounded, digitsFor(rounded));
}

/** "more than 24", "about 205" (long) or ">24", "~205" (short, for labels on the chart). */
export function formatQualified(
  v: { value: number; qualifier: Qualifier },
  ctx: Pick<ViewContext, 'format' | 't'>,
  options: { short?: boolean; scale?: number } = {},
): string {
  const number = formatFigure(v.value / (options.scale ?? 1), ctx);
  return options.short ? ctx.t(`charts.common.qualifierShort.${v.qualifier}`, { value: number }) : ctx.t(`qualifiers.${v.qualifier}`, { value: number });
}

/** "USD 598.47 million", "more than USD 24 million": a qualified value with the unit's words. */
export function formatWithUnit(v: { value: number; qualifier: Qualifier }, unitKey: string, ctx: Pick<ViewContext, 'format' | 't'>): string {
  const withUnit = ctx.t(`units.${unitKey}`, { value: formatFigure(v.value, ctx) });
  return ctx.t(`qualifiers.${v.qualifier}`, { value: withUnit });
}

/**
 * "almost 1.5 million t", "125 thousand t/month": tonnes scaled to kt/Mt as on the rest of the
 * dashboard (same rules as lib/observations formatObservationValue, through the chart formatter).
 */
export function formatScaled(v: { value: number; unit: Unit; qualifier: Qualifier }, ctx: Pick<ViewContext, 'format' | 't'>): string {
  const scaled = scaleValue(v.value, v.unit);
  const rounded = Number(scaled.value.toFixed(3));
  const withUnit = ctx.t(`units.${scaled.unitKey}`, { value: ctx.format.number(rounded, digitsFor(rounded)) });
  return ctx.t(`qualifiers.${v.qualifier}`, { value: withUnit });
}

/** "cumulative to 2023", "as of Oct 2025": a period with its measure (as lib/observations words it). */
export function formatMeasuredPeriod(o: { period: string; measure: string }, ctx: Pick<ViewContext, 'format' | 't'>): string {
  const period = formatPeriodLabel(o.period, ctx);
  if (o.measure === 'cumulative' && o.period.startsWith('../')) return ctx.t('periods.cumulativeTo', { period });
  return ctx.t(`periods.${o.measure}`, { period });
}

/** A percentage without sign ("14.3%"), for sentences that say up or down in words. */
export function formatUnsignedPercent(value: number, ctx: Pick<ViewContext, 'format'>): string {
  return ctx.format.percent(value, false);
}

/** A signed percentage ("+14.3%", "-0.8%"). */
export function formatSignedPercent(value: number, ctx: Pick<ViewContext, 'format'>): string {
  return ctx.format.percent(value, true);
}

/** "2019–2024", or "2023" for a single year. */
export function formatYearRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

/** The period of a figure as a reader says it: `2024-H1` -> "Jan – Jun 2024". */
export function formatPeriodLabel(period: string, ctx: Pick<ViewContext, 'format'>): string {
  return parsePeriod(period).ok ? ctx.format.period(period) : period;
}

/**
 * "Sources: AZERTAC (2023); Trend (2018, 2024) · reported by Azerbaijan and Kazakhstan": the
 * publishers of the figures drawn, with the years they published them, and the sides that reported.
 */
export function describeSourceLine(
  sourceIds: readonly string[],
  reporters: readonly Reporter[] | null,
  ctx: Pick<ViewContext, 'format' | 't' | 'sources'>,
): string {
  const byId = new Map(ctx.sources.map((s) => [s.id, s]));
  const years = new Map<string, Set<string>>();
  for (const id of sourceIds) {
    const s = byId.get(id);
    if (!s) continue;
    const set = years.get(s.publisher) ?? new Set<string>();
    if (s.published) set.add(s.published.slice(0, 4));
    years.set(s.publisher, set);
  }
  // Publisher names are Latin-script in every language: one collation for all pages.
  const publishers = [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    .map(([publisher, ys]) => (ys.size ? `${publisher} (${[...ys].sort().join(', ')})` : publisher));
  if (publishers.length === 0) return '';
  const sources = publishers.join('; ');
  // Milestones have no reporting side (`reporters` null): the line names the publishers only.
  if (reporters === null) return ctx.t('charts.common.sourceLineOnly', { sources });
  return ctx.t('charts.common.sourceLine', { sources, reporters: describeReporters(reporters, ctx) });
}

/** "reported by Azerbaijan and Kazakhstan" (+ a note when some figures state no side). */
export function describeReporters(reporters: readonly Reporter[], ctx: Pick<ViewContext, 'format' | 't'>): string {
  const named = (['AZ', 'KZ'] as const).filter((r) => reporters.includes(r)).map((r) => ctx.t(`reporters.${r}`));
  const hasUnknown = reporters.includes('unknown');
  if (named.length === 0) return ctx.t('charts.common.reportedByUnknown');
  const list = ctx.format.list(named);
  return hasUnknown ? ctx.t('charts.common.reportedByWithUnknown', { list }) : ctx.t('charts.common.reportedBy', { list });
}

/** The sentence shown instead of an empty chart. */
export function describeEmpty(reason: EmptyReason | null, ctx: Pick<ViewContext, 'format' | 't' | 'filter'>): string | null {
  if (reason === null) return null;
  const reporters = ctx.format.list(ctx.filter.reporters.map((r) => ctx.t(`reporters.${r}`)));
  return ctx.t(`charts.common.empty.${reason}`, { range: formatYearRange(ctx.filter.range), reporters });
}

/** "Showing 2019–2024, reported by Kazakhstan." for a filtered view; null for the full view. */
export function describeFilterNote(ctx: Pick<ViewContext, 'format' | 't' | 'filter'>, bounds: YearRange, appliesToReporters: boolean): string | null {
  const { range, reporters } = ctx.filter;
  const allYears = range.from === bounds.from && range.to === bounds.to;
  const allSides = reporters.length === 2 || !appliesToReporters;
  if (allYears && allSides) return null;
  return ctx.t('charts.common.filtered', {
    range: formatYearRange(range),
    reporters: allSides ? 'all' : ctx.format.list(reporters.map((r) => ctx.t(`reporters.${r}`))),
  });
}

/** Formats a value of the chart's unit with its words ("USD 461.9 million", "up to 1.5 million t"). */
export type ValueFormatter = (v: { value: number; qualifier: Qualifier }) => string;

/** One note on a figure, in words; `formatValue` words the values it quotes. */
export function describeFigureNote(note: FigureNote, formatValue: ValueFormatter, ctx: Pick<ViewContext, 't'>): string {
  const t = ctx.t;
  switch (note.kind) {
    case 'revised':
      return t('charts.common.figureNotes.revised', { value: formatValue(note.replaced) });
    case 'confidence':
      return t('charts.common.figureNotes.confidence', { level: note.level });
    case 'alternative':
      return t('charts.common.figureNotes.alternative', { value: formatValue(note.value), level: note.confidence });
    case 'one-direction-only':
      return t('charts.common.figureNotes.one-direction-only', { direction: t(`charts.tradeTurnover.${note.direction}`), value: formatValue(note.value) });
    case 'sum-of-directions':
      return t('charts.common.figureNotes.sum-of-directions');
    case 'plan':
      return t('charts.common.figureNotes.plan', {
        measure: note.measure,
        value: formatValue(note.value),
        reporter: t(`charts.common.reportedByLower.${note.reporter}`),
      });
  }
}
