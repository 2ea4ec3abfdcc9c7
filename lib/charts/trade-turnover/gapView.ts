/**
 * The trade chart's "why the two sides' figures differ" parts, in the page's language: the gap
 * panel (one bar a period both sides reported: Kazakhstan's figure minus Azerbaijan's, computed),
 * its table, the table of Azerbaijan's non-oil exports, and the notes on conflicting figures and
 * on mirror statistics. Built from the shape only (lib/charts/trade-turnover/gap.ts).
 */
import { computeNiceScale } from '../scale';
import {
  describeSourceLine,
  formatFigure,
  formatPeriodLabel,
  formatQualified,
  formatSignedPercent,
  formatWithUnit,
  type TableModel,
  type TableRow,
  type TooltipModel,
  type ViewContext,
} from '../viewModel';
import type { ReporterGap } from './gap';
import type { TradeGroup, TradeTurnoverShape } from './shape';

const UNIT_KEY = 'USD_million.one';

/** Which side reports more in a period: the bar's tone and legend entry. */
export type GapSide = 'kzHigher' | 'azHigher';

/** One bar of the gap panel. `gap` is Kazakhstan's figure minus Azerbaijan's (USD million). */
export interface GapChartRow {
  key: string;
  label: string;
  gap: number;
  side: GapSide;
  /** Drawn at the bar's end: "+63.4 (+13.5%)". */
  gapLabel: string;
}

export interface GapPanel {
  rows: GapChartRow[];
  /** Value axis from below zero (Azerbaijan reports more) to above (Kazakhstan reports more). */
  axis: { min: number; max: number; ticks: { value: number; label: string }[] };
  tooltips: Record<string, TooltipModel>;
  heading: string;
  /** "Computed here: Kazakhstan's figure minus Azerbaijan's; % of Azerbaijan's." */
  note: string;
  legend: { side: GapSide; label: string }[];
  sourceLine: string;
  /** Said instead of the plot when no period has both sides' figures. */
  empty: string;
  /** The view control's words. */
  control: { label: string; sides: string; gap: string };
}

function formatSignedNumber(value: number, ctx: ViewContext): string {
  const text = formatFigure(Math.abs(value), ctx);
  if (value === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** "+63.4 (+13.5%)", "~+20 (~+20%)" when a figure is qualified. */
export function formatGap(gap: ReporterGap, ctx: ViewContext): string {
  const wrap = (s: string) => (gap.approximate ? ctx.t('charts.common.qualifierShort.approx', { value: s }) : s);
  const absolute = wrap(formatSignedNumber(gap.difference, ctx));
  return gap.percent === null ? absolute : ctx.t('charts.tradeTurnover.gap.label', { absolute, percent: wrap(formatSignedPercent(gap.percent, ctx)) });
}

/**
 * An axis through zero: nice ticks on each side that has bars, the step chosen for the whole span
 * (below and above zero together), so a phone's axis gets some six labels, not a dozen.
 */
export function buildGapAxis(gaps: readonly ReporterGap[], ctx: Pick<ViewContext, 'format'>): GapPanel['axis'] {
  const top = Math.max(0, ...gaps.map((g) => g.difference));
  const bottom = Math.max(0, ...gaps.map((g) => -g.difference));
  const scale = computeNiceScale(top + bottom);
  const step = scale.ticks[1] ?? scale.max;
  const max = top > 0 ? Math.ceil(top / step) * step : 0;
  const min = bottom > 0 ? -Math.ceil(bottom / step) * step : 0;
  const ticks: { value: number; label: string }[] = [];
  for (let v = min; v <= max + step / 2; v += step) {
    const value = Number(v.toFixed(6));
    ticks.push({ value, label: value < 0 ? `−${ctx.format.number(-value, 0)}` : ctx.format.number(value, 0) });
  }
  return { min, max, ticks };
}

function groupsOf(shape: TradeTurnoverShape): TradeGroup[] {
  return [...shape.years, ...shape.partYears];
}

export function buildGapPanel(shape: TradeTurnoverShape, ctx: ViewContext): GapPanel {
  const t = ctx.t;
  const tooltips: Record<string, TooltipModel> = {};
  const rows = shape.gaps.map((g): GapChartRow => {
    const label = formatPeriodLabel(g.period, ctx);
    tooltips[g.key] = {
      heading: label,
      sections: [
        {
          key: 'gap',
          reporter: null,
          title: t('charts.tradeTurnover.gap.heading'),
          lines: [
            t('charts.tradeTurnover.gap.tooltip.az', { value: formatWithUnit(g.az, UNIT_KEY, ctx) }),
            t('charts.tradeTurnover.gap.tooltip.kz', { value: formatWithUnit(g.kz, UNIT_KEY, ctx) }),
            t('charts.tradeTurnover.gap.tooltip.difference', { value: formatGap(g, ctx) }),
            ...(g.fullYear ? [] : [t('charts.tradeTurnover.partNote')]),
          ],
        },
      ],
    };
    return { key: g.key, label, gap: g.difference, side: g.difference >= 0 ? 'kzHigher' : 'azHigher', gapLabel: formatGap(g, ctx) };
  });
  const keys = new Set(shape.gaps.map((g) => g.key));
  const sourceIds = groupsOf(shape)
    .filter((g) => keys.has(g.key))
    .flatMap((g) => g.bars.filter((b) => b.reporter !== 'unknown').flatMap((b) => b.sourceIds));
  const sides = new Set(rows.map((r) => r.side));
  return {
    rows,
    axis: buildGapAxis(shape.gaps, ctx),
    tooltips,
    heading: t('charts.tradeTurnover.gap.heading'),
    note: t('charts.tradeTurnover.gap.note'),
    legend: (['kzHigher', 'azHigher'] as const).filter((s) => sides.has(s)).map((side) => ({ side, label: t(`charts.tradeTurnover.gap.${side}`) })),
    sourceLine: describeSourceLine([...new Set(sourceIds)], ['AZ', 'KZ'], ctx),
    empty: t('charts.tradeTurnover.gap.empty'),
    control: { label: t('charts.tradeTurnover.gap.control'), sides: t('charts.tradeTurnover.gap.showSides'), gap: t('charts.tradeTurnover.gap.showGap') },
  };
}

/** The gap as a table: period, each side's figure, the difference and its % (both computed). */
export function buildGapTable(shape: TradeTurnoverShape, ctx: ViewContext): TableModel | null {
  if (shape.gaps.length === 0) return null;
  const t = ctx.t;
  const col = (key: string, numeric = false) => ({ key, label: t(`charts.tradeTurnover.gap.table.${key}`), numeric });
  const row = (g: ReporterGap): TableRow => ({
    key: `gap|${g.key}`,
    data: { gap: g.period },
    cells: [
      { text: formatPeriodLabel(g.period, ctx), rowHeader: true },
      { text: formatQualified(g.az, ctx), numeric: true },
      { text: formatQualified(g.kz, ctx), numeric: true },
      { text: (g.approximate ? (s: string) => t('qualifiers.approx', { value: s }) : (s: string) => s)(formatSignedNumber(g.difference, ctx)), numeric: true },
      { text: g.percent === null ? '—' : (g.approximate ? (s: string) => t('qualifiers.approx', { value: s }) : (s: string) => s)(formatSignedPercent(g.percent, ctx)), numeric: true },
    ],
  });
  const years = shape.gaps.filter((g) => g.fullYear);
  const parts = shape.gaps.filter((g) => !g.fullYear);
  const groups = [];
  if (years.length) groups.push({ heading: parts.length ? t('charts.tradeTurnover.table.fullYears') : null, rows: years.map(row) });
  if (parts.length) groups.push({ heading: t('charts.tradeTurnover.table.partYears'), rows: parts.map(row) });
  return {
    key: 'trade-turnover-gap',
    caption: t('charts.tradeTurnover.gap.table.caption'),
    columns: [col('period'), col('az', true), col('kz', true), col('difference', true), col('percent', true)],
    groups,
  };
}

/** Azerbaijan's non-oil exports to Kazakhstan, each with its period and reporting side. */
export function buildNonOilTable(shape: TradeTurnoverShape, ctx: ViewContext): TableModel | null {
  if (shape.nonOil.length === 0) return null;
  const t = ctx.t;
  const col = (key: string, numeric = false) => ({ key, label: t(`charts.tradeTurnover.nonOil.table.${key}`), numeric });
  return {
    key: 'trade-turnover-non-oil',
    caption: t('charts.tradeTurnover.nonOil.table.caption'),
    columns: [col('period'), col('reporter'), col('value', true)],
    groups: [
      {
        heading: null,
        rows: shape.nonOil.map((n) => ({
          key: `non-oil|${n.key}|${n.reporter}`,
          data: { nonOil: n.period, nonOilReporter: n.reporter },
          cells: [
            { text: formatPeriodLabel(n.period, ctx), rowHeader: true },
            { text: t(`reporters.${n.reporter}`) },
            { text: formatQualified(n.value, ctx), numeric: true },
          ],
        })),
      },
    ],
  };
}

/** The part-year panel's line on Azerbaijan's non-oil exports (periods, values, side), or null when none is shown. */
export function describePartYearNonOil(shape: TradeTurnoverShape, ctx: ViewContext): string | null {
  const items = shape.nonOil.filter((n) => !n.fullYear);
  if (items.length === 0) return null;
  const list = items
    .map((n) =>
      ctx.t('charts.tradeTurnover.nonOil.item', {
        period: formatPeriodLabel(n.period, ctx),
        value: formatWithUnit(n.value, UNIT_KEY, ctx),
        reporter: ctx.t(`charts.common.reportedByLower.${n.reporter}`),
      }),
    )
    .join('; ');
  return ctx.t('charts.tradeTurnover.nonOil.panelNote', { list });
}

/**
 * One note per side and period where that side published two figures of equal standing (Kazakhstan
 * for 2023: 529.4 and 314): both are named, neither is preferred.
 */
export function describeConflicts(shape: TradeTurnoverShape, ctx: ViewContext): string[] {
  return groupsOf(shape).flatMap((g) =>
    g.bars.flatMap((bar) =>
      bar.notes
        .filter((n) => n.kind === 'alternative' && n.confidence === bar.confidence && bar.turnover !== null)
        .map((n) =>
          n.kind === 'alternative'
            ? ctx.t('charts.tradeTurnover.conflict', {
                period: formatPeriodLabel(g.period, ctx),
                reporter: ctx.t(`charts.common.reportedByLower.${bar.reporter}`),
                value: formatWithUnit(bar.turnover!, UNIT_KEY, ctx),
                other: formatWithUnit(n.value, UNIT_KEY, ctx),
              })
            : '',
        ),
    ),
  );
}
