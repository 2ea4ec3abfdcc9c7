/**
 * The localized view model of the `trade-turnover` chart: rows for the bars, tooltips, legend,
 * data tables, source line and the generated description, all in the page's language.
 */
import type { Reporter } from '../../../data/schema';
import { tradeTurnoverDefinition } from './definition';
import {
  formatFigure,
  formatPeriodLabel,
  formatQualified,
  formatSignedPercent,
  formatUnsignedPercent,
  formatWithUnit,
  formatYearRange,
  describeEmpty,
  describeFigureNote,
  describeFilterNote,
  describeSourceLine,
  buildValueAxis,
  type ChartViewBase,
  type ViewContext,
  type TableModel,
  type TableRow,
  type TooltipModel,
  type ValueAxis,
  type ValueFormatter,
} from '../viewModel';
import type { NonOilFigure, TradeBar, TradeGroup, TradeTurnoverShape } from './shape';
import { buildGapPanel, buildGapTable, buildNonOilTable, describeConflicts, describePartYearNonOil, type GapPanel } from './gapView';
import type { YearRange } from '../types';
import { dedupeInOrder } from '../rows';

export const TRADE_PARTS = ['kzToAz', 'azToKz', 'total'] as const;
export type TradePart = (typeof TRADE_PARTS)[number];

/** Data key of one bar part in a chart row: `KZ_kzToAz`. */
export function makeTradeDataKey(reporter: Reporter, part: TradePart): string {
  return `${reporter}_${part}`;
}

/** Data key of the label drawn on top of a side's bar: `KZ_kzToAz_label` (set on the top part only). */
export function makeTradeLabelKey(reporter: Reporter, part: TradePart): string {
  return `${reporter}_${part}_label`;
}

/** One category of the bar chart: values keyed by `makeTradeDataKey`, labels by `makeTradeLabelKey`. */
export type TradeChartRow = { key: string; label: string } & Record<string, string | number | null>;

export interface TradePanel {
  rows: TradeChartRow[];
  /** Value axis (USD million) fitting the tallest bar. */
  axis: ValueAxis;
  /** Each side shown: "Azerbaijan's data" (legend) and "Azerbaijan" (a row's tag where both sides have a bar). */
  series: { reporter: Reporter; label: string; name: string }[];
  tooltips: Record<string, TooltipModel>;
  /** The sources of this panel's figures only: an image or slide of one panel credits what it shows. */
  sourceLine: string;
}

export interface TradeTurnoverView extends ChartViewBase {
  id: 'trade-turnover';
  chart: {
    years: TradePanel;
    /** `nonOil`: Azerbaijan's non-oil exports for the part-year periods shown, said under the panel (a part of one direction, not drawn). */
    partYears: TradePanel & { heading: string; note: string; nonOil: string | null };
    /** The optional view of the difference between the two sides' figures (computed). */
    gap: GapPanel;
    legend: { sidesTitle: string; partsTitle: string; parts: { part: TradePart; label: string }[] };
  };
}

const UNIT_KEY = 'USD_million.one';

function usd(ctx: ViewContext): ValueFormatter {
  return (v) => formatWithUnit(v, UNIT_KEY, ctx);
}

function topPart(bar: TradeBar): TradePart {
  if (bar.segments.total !== null) return 'total';
  return bar.segments.azToKz !== null ? 'azToKz' : 'kzToAz';
}

function buildRow(group: TradeGroup, label: string, ctx: ViewContext): TradeChartRow {
  const row: TradeChartRow = { key: group.key, label };
  for (const bar of group.bars) {
    for (const part of TRADE_PARTS) row[makeTradeDataKey(bar.reporter, part)] = bar.segments[part];
    const top = topPart(bar);
    const labelValue = bar.turnover ?? { value: bar.height, qualifier: 'exact' as const };
    // A figure of equal standing from the same side (Kazakhstan's 314 beside its 529.4 for 2023) is
    // written beside the drawn one: the conflict is shown, not resolved. No-break spaces keep the label
    // on one line (recharts wraps a label at its spaces).
    const rivals = bar.notes.flatMap((n) => (n.kind === 'alternative' && n.confidence === bar.confidence ? [formatQualified(n.value, ctx, { short: true })] : []));
    row[makeTradeLabelKey(bar.reporter, top)] = [formatQualified(labelValue, ctx, { short: true }), ...rivals].join('\u00a0/\u00a0');
  }
  return row;
}

function describeBalance(bar: TradeBar, ctx: ViewContext): string | null {
  if (!bar.balance) return null;
  const { value, approximate } = bar.balance;
  if (value === 0) return ctx.t('charts.tradeTurnover.balance.even');
  const amount = formatWithUnit({ value: Math.abs(value), qualifier: approximate ? 'approx' : 'exact' }, UNIT_KEY, ctx);
  return ctx.t(value > 0 ? 'charts.tradeTurnover.balance.kz' : 'charts.tradeTurnover.balance.az', { value: amount });
}

function describeGrowth(bar: TradeBar, ctx: ViewContext): string | null {
  if (!bar.growth) return null;
  const text = formatSignedPercent(bar.growth.percent, ctx);
  return bar.growth.approximate ? ctx.t('qualifiers.approx', { value: text }) : text;
}

function buildTooltip(heading: string, group: TradeGroup, nonOil: readonly NonOilFigure[], ctx: ViewContext): TooltipModel {
  const t = ctx.t;
  return {
    heading,
    sections: group.bars.map((bar) => {
      const lines = [bar.turnover ? t('charts.tradeTurnover.tooltip.turnover', { value: formatWithUnit(bar.turnover, UNIT_KEY, ctx) }) : t('charts.tradeTurnover.tooltip.turnoverNotPublished')];
      if (bar.kzToAz) lines.push(t('charts.tradeTurnover.tooltip.kzToAz', { value: formatWithUnit(bar.kzToAz, UNIT_KEY, ctx) }));
      if (bar.azToKz) lines.push(t('charts.tradeTurnover.tooltip.azToKz', { value: formatWithUnit(bar.azToKz, UNIT_KEY, ctx) }));
      const part = nonOil.find((n) => n.key === group.key && n.reporter === bar.reporter);
      if (part) lines.push(t('charts.tradeTurnover.tooltip.nonOil', { value: formatWithUnit(part.value, UNIT_KEY, ctx) }));
      const balance = describeBalance(bar, ctx);
      if (balance) lines.push(t('charts.tradeTurnover.tooltip.balance', { balance }));
      const growth = describeGrowth(bar, ctx);
      if (growth && bar.growth) lines.push(t('charts.tradeTurnover.tooltip.growth', { year: String(bar.growth.previousYear), percent: growth }));
      for (const note of bar.notes) lines.push(describeFigureNote(note, usd(ctx), ctx));
      return { key: bar.reporter, reporter: bar.reporter, title: t(`reportedBy.${bar.reporter}`), lines };
    }),
  };
}

function buildPanel(groups: readonly TradeGroup[], series: readonly Reporter[], labelOf: (g: TradeGroup) => string, nonOil: readonly NonOilFigure[], ctx: ViewContext): TradePanel {
  const tooltips: Record<string, TooltipModel> = {};
  const rows = groups.map((g) => {
    tooltips[g.key] = buildTooltip(labelOf(g), g, nonOil, ctx);
    return buildRow(g, labelOf(g), ctx);
  });
  return {
    rows,
    axis: buildValueAxis(Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.height))), ctx),
    series: series.map((reporter) => ({ reporter, label: ctx.t(`reportedBy.${reporter}`), name: ctx.t(`reporters.${reporter}`) })),
    tooltips,
    sourceLine: describeSourceLine(
      dedupeInOrder(groups.flatMap((g) => g.bars.flatMap((b) => b.sourceIds))),
      series,
      ctx,
    ),
  };
}

function cellValue(v: TradeBar['turnover'], ctx: ViewContext): string {
  return v ? formatQualified(v, ctx) : '—';
}

function buildTableRows(groups: readonly TradeGroup[], labelOf: (g: TradeGroup) => string, ctx: ViewContext): TableRow[] {
  return groups.flatMap((g) =>
    g.bars.map((bar): TableRow => {
      const balance = bar.balance
        ? ctx.t(`qualifiers.${bar.balance.approximate ? 'approx' : 'exact'}`, { value: formatSignedNumber(bar.balance.value, ctx) })
        : '—';
      return {
        key: `${g.key}|${bar.reporter}`,
        data: { period: g.period, reporter: bar.reporter },
        cells: [
          { text: labelOf(g), rowHeader: true },
          { text: ctx.t(`reporters.${bar.reporter}`) },
          { text: cellValue(bar.turnover, ctx), numeric: true },
          { text: cellValue(bar.kzToAz, ctx), numeric: true },
          { text: cellValue(bar.azToKz, ctx), numeric: true },
          { text: balance, numeric: true },
          { text: describeGrowth(bar, ctx) ?? '—', numeric: true },
          { text: bar.notes.map((n) => describeFigureNote(n, usd(ctx), ctx)).join(' ') },
        ],
      };
    }),
  );
}

function formatSignedNumber(value: number, ctx: ViewContext): string {
  const text = formatFigure(Math.abs(value), ctx);
  if (value === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

function buildTable(shape: TradeTurnoverShape, title: string, labelOf: (g: TradeGroup) => string, ctx: ViewContext): TableModel {
  const t = ctx.t;
  const col = (key: string, numeric = false) => ({ key, label: t(`charts.tradeTurnover.table.${key}`), numeric });
  const groups = [];
  if (shape.years.length) groups.push({ heading: shape.partYears.length ? t('charts.tradeTurnover.table.fullYears') : null, rows: buildTableRows(shape.years, labelOf, ctx) });
  if (shape.partYears.length) groups.push({ heading: t('charts.tradeTurnover.table.partYears'), rows: buildTableRows(shape.partYears, labelOf, ctx) });
  return {
    key: 'trade-turnover',
    caption: t('charts.common.tableCaption', { title }),
    columns: [
      col('period'),
      col('reporter'),
      col('turnover', true),
      col('kzToAz', true),
      col('azToKz', true),
      col('balance', true),
      col('growth', true),
      { key: 'notes', label: t('charts.common.notes'), numeric: false },
    ],
    groups,
  };
}

function describeChange(bar: TradeBar, ctx: ViewContext): string {
  if (!bar.growth) return '';
  const { percent, previousYear } = bar.growth;
  const direction = percent > 0 ? 'up' : percent < 0 ? 'down' : 'same';
  return ctx.t('charts.tradeTurnover.description.change', { direction, percent: formatUnsignedPercent(percent, ctx), previous: String(previousYear) });
}

/** "Trade turnover reached USD 533.4 million in 2024 by Kazakhstan's count, up 0.8% on 2023. …" */
export function describeTradeTurnover(shape: TradeTurnoverShape, ctx: ViewContext): string {
  const t = ctx.t;
  const latest = shape.years.at(-1);
  if (!latest) {
    const part = shape.partYears.at(-1);
    const bar = part?.bars[0];
    if (!part || !bar) return '';
    return t('charts.tradeTurnover.description.partOnly', {
      range: formatYearRange(ctx.filter.range),
      value: formatWithUnit(bar.turnover ?? { value: bar.height, qualifier: 'exact' }, UNIT_KEY, ctx),
      period: formatPeriodLabel(part.period, ctx),
      by: t(`charts.tradeTurnover.by.${bar.reporter}`),
    });
  }
  const sentences = latest.bars.map((bar, i) => {
    const value = formatWithUnit(bar.turnover ?? { value: bar.height, qualifier: 'exact' }, UNIT_KEY, ctx);
    const change = describeChange(bar, ctx);
    return i === 0
      ? t('charts.tradeTurnover.description.lead', { value, year: String(latest.year), yearNumber: latest.year, by: t(`charts.tradeTurnover.by.${bar.reporter}`), change })
      : t('charts.tradeTurnover.description.other', { value, by: t(`charts.tradeTurnover.byLead.${bar.reporter}`), change });
  });
  if (shape.partYears.length) sentences.push(t('charts.tradeTurnover.description.partExtra'));
  return sentences.join(' ');
}

/** Builds the whole view model of the trade chart in the page's language. */
export function buildTradeTurnoverView(shape: TradeTurnoverShape, ctx: ViewContext & { bounds: YearRange }): TradeTurnoverView {
  const def = tradeTurnoverDefinition;
  const t = ctx.t;
  const title = t(def.titleKey);
  const labelOf = (g: TradeGroup) => formatPeriodLabel(g.period, ctx);
  const omitted = shape.omitted.map((o) =>
    t(`charts.tradeTurnover.omitted.${o.reason}`, {
      period: formatPeriodLabel(o.period, ctx),
      value: formatWithUnit(o, `${o.unit}.one`, ctx),
      reporter: t(`charts.common.reportedByLower.${o.reporter}`),
    }),
  );
  const reporters = [...new Set([...shape.series, ...shape.partSeries])];
  return {
    id: 'trade-turnover',
    title,
    subtitle: t(def.subtitleKey),
    unitLabel: t(def.unitKey),
    description: describeTradeTurnover(shape, ctx),
    sourceLine: describeSourceLine(shape.sourceIds, reporters, ctx),
    notes: [t(def.notesKey), t('charts.tradeTurnover.table.unitNote'), ...describeConflicts(shape, ctx), ...omitted, t('charts.tradeTurnover.gap.why')],
    empty: describeEmpty(shape.emptyReason, ctx),
    tables: shape.emptyReason ? [] : [buildTable(shape, title, labelOf, ctx), buildGapTable(shape, ctx), buildNonOilTable(shape, ctx)].filter((x): x is TableModel => x !== null),
    filterNote: describeFilterNote(ctx, ctx.bounds, def.filters.includes('reporters')),
    chart: {
      years: buildPanel(shape.years, shape.series, labelOf, shape.nonOil, ctx),
      partYears: {
        ...buildPanel(shape.partYears, shape.partSeries, labelOf, shape.nonOil, ctx),
        heading: t('charts.tradeTurnover.partHeading'),
        note: t('charts.tradeTurnover.partNote'),
        nonOil: describePartYearNonOil(shape, ctx),
      },
      gap: buildGapPanel(shape, ctx),
      legend: {
        sidesTitle: t('charts.tradeTurnover.sidesLegend'),
        partsTitle: t('charts.tradeTurnover.partsLegend'),
        parts: TRADE_PARTS.map((part) => ({ part, label: t(`charts.tradeTurnover.${part}`) })),
      },
    },
  };
}
