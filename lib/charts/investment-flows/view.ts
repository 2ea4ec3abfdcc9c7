/**
 * The localized view model of the `investment-flows` chart: one horizontal bar panel per
 * direction (each bar labelled with the years it covers and whether it is cumulative or one
 * year), the company-count points, tables, source line and description.
 */
import type { Reporter } from '../../../data/schema';
import { LABEL_HEADROOM } from '../style';
import { investmentFlowsDefinition } from './definition';
import type { CompanyPoint, InvestmentBar, InvestmentFlowsShape } from './shape';
import {
  formatMeasuredPeriod,
  formatQualified,
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
  type TooltipModel,
  type ValueAxis,
  type ValueFormatter,
} from '../viewModel';
import type { TradeDirection, YearRange } from '../types';

const UNIT_KEY = 'USD_million.one';
const DIRECTIONS: readonly TradeDirection[] = ['kzToAz', 'azToKz'];

function usd(ctx: ViewContext): ValueFormatter {
  return (v) => formatWithUnit(v, UNIT_KEY, ctx);
}

export interface InvestmentBarRow {
  key: string;
  /** Years covered: "2005–2022", "to 2023", "2019". */
  label: string;
  /** Kind of figure, one short line each: ["cumulative", "all sectors"]. */
  details: string[];
  value: number;
  reporter: Reporter;
  /** Value as drawn at the end of the bar, with its qualifier ("~100", ">200"). */
  valueLabel: string;
}

export interface CompanyPointRow {
  key: string;
  /** Decimal year. */
  x: number;
  value: number;
  reporter: Reporter;
  label: string;
  /** Below the point when the next point is close in time (their labels would overlap). */
  labelBelow: boolean;
}

/** Points closer than this (years) to the next one get their label below. */
const LABEL_CLASH_YEARS = 0.6;

export interface InvestmentFlowsView extends ChartViewBase {
  id: 'investment-flows';
  chart: {
    /** One panel per direction; `empty` says why a panel has no bars while the other has some. */
    panels: { direction: TradeDirection; title: string; rows: InvestmentBarRow[]; empty: string | null }[];
    /** Said instead of the two bar panels when they have nothing to draw (the companies may still have). */
    barsEmpty: string | null;
    /** Value axis (USD million) shared by both panels. */
    axis: ValueAxis;
    series: { reporter: Reporter; label: string }[];
    tooltips: Record<string, TooltipModel>;
    companies: {
      title: string;
      unitLabel: string;
      note: string;
      qualifierKey: string;
      points: CompanyPointRow[];
      series: { reporter: Reporter; label: string }[];
      tooltips: Record<string, TooltipModel>;
      /** Whole years at the ends of the time axis, and the years labelled. */
      domain: [number, number];
      ticks: number[];
      /** Count axis, with room above the highest point for its label. */
      axis: ValueAxis;
      empty: string | null;
    };
  };
}

function periodLabel(bar: InvestmentBar, ctx: ViewContext): string {
  const values = { from: String(bar.startYear ?? ''), to: String(bar.endYear) };
  if (bar.span === 'year') return ctx.t('charts.investmentFlows.period.year', values);
  return ctx.t(bar.startYear === null ? 'charts.investmentFlows.period.toDate' : 'charts.investmentFlows.period.cumulative', values);
}

function spanLabel(bar: InvestmentBar, ctx: ViewContext): string {
  return ctx.t('charts.investmentFlows.spanLine', {
    span: ctx.t(`charts.investmentFlows.span.${bar.span}`),
    scope: ctx.t(`charts.investmentFlows.scope.${bar.scope}`),
  });
}

function barTooltip(bar: InvestmentBar, ctx: ViewContext): TooltipModel {
  const t = ctx.t;
  return {
    heading: t(`charts.investmentFlows.${bar.direction}`),
    sections: [
      {
        key: bar.observationId,
        reporter: bar.reporter,
        title: t(`reportedBy.${bar.reporter}`),
        lines: [
          formatWithUnit(bar, UNIT_KEY, ctx),
          t('charts.investmentFlows.tooltip.covers', { period: periodLabel(bar, ctx), span: t(`charts.investmentFlows.span.${bar.span}`), scope: t(`charts.investmentFlows.scope.${bar.scope}`) }),
          ...bar.notes.map((n) => describeFigureNote(n, usd(ctx), ctx)),
        ],
      },
    ],
  };
}

function companyPeriod(c: CompanyPoint, ctx: ViewContext): string {
  return formatMeasuredPeriod({ period: c.period, measure: 'stock' }, ctx);
}

function companyTooltip(c: CompanyPoint, ctx: ViewContext): TooltipModel {
  const t = ctx.t;
  return {
    heading: t('charts.investmentFlows.companies.title'),
    sections: [
      {
        key: c.observationId,
        reporter: c.reporter,
        title: t(`reportedBy.${c.reporter}`),
        lines: [t('charts.investmentFlows.companies.tooltip', { value: formatQualified(c, ctx), period: companyPeriod(c, ctx) })],
      },
    ],
  };
}

function buildTables(shape: InvestmentFlowsShape, title: string, ctx: ViewContext): TableModel[] {
  const t = ctx.t;
  const tables: TableModel[] = [];
  const bars = DIRECTIONS.flatMap((d) => shape.bars[d]);
  if (bars.length) {
    tables.push({
      key: 'investment',
      caption: t('charts.common.tableCaption', { title }),
      columns: [
        { key: 'direction', label: t('charts.investmentFlows.table.direction'), numeric: false },
        { key: 'period', label: t('charts.investmentFlows.table.period'), numeric: false },
        { key: 'span', label: t('charts.investmentFlows.table.span'), numeric: false },
        { key: 'reporter', label: t('charts.investmentFlows.table.reporter'), numeric: false },
        { key: 'value', label: t('charts.investmentFlows.table.value'), numeric: true },
        { key: 'notes', label: t('charts.common.notes'), numeric: false },
      ],
      groups: [
        {
          heading: null,
          rows: bars.map((bar) => ({
            key: bar.observationId,
            data: { observation: bar.observationId, reporter: bar.reporter },
            cells: [
              { text: t(`charts.investmentFlows.${bar.direction}`), rowHeader: true },
              { text: periodLabel(bar, ctx) },
              { text: spanLabel(bar, ctx) },
              { text: t(`reporters.${bar.reporter}`) },
              { text: formatQualified(bar, ctx), numeric: true },
              { text: bar.notes.map((n) => describeFigureNote(n, usd(ctx), ctx)).join(' ') },
            ],
          })),
        },
      ],
    });
  }
  if (shape.companies.length) {
    tables.push({
      key: 'companies',
      caption: t('charts.investmentFlows.table.companies'),
      columns: [
        { key: 'date', label: t('charts.investmentFlows.table.date'), numeric: false },
        { key: 'reporter', label: t('charts.investmentFlows.table.reporter'), numeric: false },
        { key: 'count', label: t('charts.investmentFlows.table.count'), numeric: true },
      ],
      groups: [
        {
          heading: null,
          rows: shape.companies.map((c) => ({
            key: c.observationId,
            data: { observation: c.observationId, reporter: c.reporter },
            cells: [
              { text: companyPeriod(c, ctx), rowHeader: true },
              { text: t(`reporters.${c.reporter}`) },
              { text: formatQualified(c, ctx), numeric: true },
            ],
          })),
        },
      ],
    });
  }
  return tables;
}

/** The most recent figure of a direction: latest end year, cumulative before one year, all sectors first. */
function latestBar(bars: readonly InvestmentBar[]): InvestmentBar | undefined {
  return [...bars].sort((a, b) => b.endYear - a.endYear || (a.span === b.span ? 0 : a.span === 'cumulative' ? -1 : 1) || (a.scope === b.scope ? 0 : a.scope === 'all' ? -1 : 1))[0];
}

/** "Kazakhstan → Azerbaijan: USD 102.2 million (cumulative to 2023, reported by Azerbaijan). …" */
export function describeInvestmentFlows(shape: InvestmentFlowsShape, ctx: ViewContext): string {
  const t = ctx.t;
  const sentences: string[] = [];
  for (const direction of DIRECTIONS) {
    const bar = latestBar(shape.bars[direction]);
    if (!bar) continue;
    sentences.push(
      t('charts.investmentFlows.description.direction', {
        direction: t(`charts.investmentFlows.${direction}`),
        value: formatWithUnit(bar, UNIT_KEY, ctx),
        period: formatMeasuredPeriod({ period: bar.period, measure: bar.span === 'year' ? 'flow' : 'cumulative' }, ctx),
        reporter: t(`charts.common.reportedByLower.${bar.reporter}`),
      }),
    );
  }
  const company = shape.companies.at(-1);
  if (company) {
    sentences.push(
      t('charts.investmentFlows.description.companies', {
        value: formatQualified(company, ctx),
        period: companyPeriod(company, ctx),
        reporter: t(`charts.common.reportedByLower.${company.reporter}`),
      }),
    );
  }
  return sentences.join(' ');
}

/** Builds the whole view model of the investment chart in the page's language. */
export function buildInvestmentFlowsView(shape: InvestmentFlowsShape, ctx: ViewContext & { bounds: YearRange }): InvestmentFlowsView {
  const def = investmentFlowsDefinition;
  const t = ctx.t;
  const title = t(def.titleKey);
  const tooltips: Record<string, TooltipModel> = {};
  const panels = DIRECTIONS.map((direction) => ({
    direction,
    title: t(`charts.investmentFlows.${direction}`),
    empty: shape.bars[direction].length === 0 ? t('charts.investmentFlows.directionEmpty', { range: formatYearRange(ctx.filter.range) }) : null,
    rows: shape.bars[direction].map((bar) => {
      tooltips[bar.observationId] = barTooltip(bar, ctx);
      return {
        key: bar.observationId,
        label: periodLabel(bar, ctx),
        details: [t(`charts.investmentFlows.span.${bar.span}`), t(`charts.investmentFlows.scope.${bar.scope}`)],
        value: bar.value,
        reporter: bar.reporter,
        valueLabel: formatQualified(bar, ctx, { short: true }),
      };
    }),
  }));
  const companyTooltips: Record<string, TooltipModel> = {};
  const points = shape.companies.map((c, i) => {
    companyTooltips[c.observationId] = companyTooltip(c, ctx);
    const next = shape.companies[i + 1];
    return {
      key: c.observationId,
      x: c.x,
      value: c.value,
      reporter: c.reporter,
      label: formatQualified(c, ctx, { short: true }),
      labelBelow: next !== undefined && next.x - c.x < LABEL_CLASH_YEARS && next.value >= c.value,
    };
  });
  const first = Math.floor(Math.min(...points.map((p) => p.x), ctx.filter.range.to));
  const last = Math.ceil(Math.max(...points.map((p) => p.x), first + 1));
  const ticks: number[] = [];
  for (let y = first; y <= last; y++) ticks.push(y);
  const reporters = [...new Set([...shape.series, ...shape.companiesSeries])];
  return {
    id: 'investment-flows',
    title,
    subtitle: t(def.subtitleKey),
    unitLabel: t(def.unitKey),
    description: describeInvestmentFlows(shape, ctx),
    sourceLine: describeSourceLine(shape.sourceIds, reporters, ctx),
    notes: [t(def.notesKey)],
    empty: describeEmpty(shape.emptyReason && shape.companiesEmptyReason ? shape.emptyReason : null, ctx),
    tables: buildTables(shape, title, ctx),
    filterNote: describeFilterNote(ctx, ctx.bounds, def.filters.includes('reporters')),
    chart: {
      panels,
      barsEmpty: describeEmpty(shape.emptyReason, ctx),
      axis: buildValueAxis(shape.maxValue, ctx),
      series: shape.series.map((reporter) => ({ reporter, label: t(`reportedBy.${reporter}`) })),
      tooltips,
      companies: {
        title: t('charts.investmentFlows.companies.title'),
        unitLabel: t('charts.investmentFlows.companies.unit'),
        note: t('charts.investmentFlows.companies.note'),
        qualifierKey: t('charts.common.qualifierKey'),
        points,
        series: shape.companiesSeries.map((reporter) => ({ reporter, label: t(`reportedBy.${reporter}`) })),
        tooltips: companyTooltips,
        domain: [first, last],
        ticks,
        axis: buildValueAxis(Math.max(0, ...points.map((p) => p.value)) * LABEL_HEADROOM, ctx, 5),
        empty: describeEmpty(shape.companiesEmptyReason, ctx),
      },
    },
  };
}
