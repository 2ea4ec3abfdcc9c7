/**
 * Shapes investment between the two countries for the `investment-flows` chart: one panel per
 * direction, each figure a bar labelled with the span it covers (a multi-year cumulative total or
 * a single year, never mixed up), plus the count of companies with Kazakh capital in Azerbaijan
 * over time (points with their "more than"/"about" qualifiers; sources define the count
 * differently, so the points are not joined into a trend).
 */
import type { Confidence, Qualifier, Reporter } from '../../../data/schema';
import {
  getEndYear,
  findEmptyReason,
  isCalendarYear,
  isReporterShown,
  isYearInRange,
  orderReporters,
  partitionObservations,
  pickFigure,
  makeSpanKey,
  dedupeInOrder,
  type UsableObservation,
} from '../rows';
import type { ChartFilter, EmptyReason, FigureNote, RowProblem, TradeDirection } from '../types';

const INVEST_INDICATORS = {
  'invest.kz-to-az': { direction: 'kzToAz', scope: 'all' },
  'invest.az-to-kz': { direction: 'azToKz', scope: 'all' },
  'invest.kz-to-az.non-oil': { direction: 'kzToAz', scope: 'non-oil' },
  'invest.az-to-kz.non-oil': { direction: 'azToKz', scope: 'non-oil' },
} as const satisfies Record<string, { direction: TradeDirection; scope: InvestmentScope }>;

const COMPANIES_INDICATOR = 'companies.kz-capital-in-az';

export type InvestmentScope = 'all' | 'non-oil';

/** One investment figure, USD million. */
export interface InvestmentBar {
  observationId: string;
  direction: TradeDirection;
  reporter: Reporter;
  value: number;
  qualifier: Qualifier;
  /** All sectors, or the non-oil sector only. */
  scope: InvestmentScope;
  /** A multi-year (or "to date") total, or one calendar year. */
  span: 'cumulative' | 'year';
  /** Period text from data/ (`2005/2022`, `../2023`, `2019`). */
  period: string;
  /** First year covered; `null` when the source gives no start ("to date"). */
  startYear: number | null;
  endYear: number;
  confidence: Confidence;
  notes: FigureNote[];
  sourceId: string;
}

/** Companies with Kazakh capital in Azerbaijan at a point in time. */
export interface CompanyPoint {
  observationId: string;
  reporter: Reporter;
  value: number;
  qualifier: Qualifier;
  period: string;
  /** Middle of the period as a decimal year (Sep 2020 -> 2020.7), for the time axis. */
  x: number;
  confidence: Confidence;
  sourceId: string;
}

export interface InvestmentFlowsShape {
  id: 'investment-flows';
  /** Cumulative totals first (by end year), then single years; each list in that order. */
  bars: Record<TradeDirection, InvestmentBar[]>;
  /** Largest bar value, USD million, for a scale shared by both panels. */
  maxValue: number;
  series: Reporter[];
  companies: CompanyPoint[];
  companiesSeries: Reporter[];
  sourceIds: string[];
  emptyReason: EmptyReason | null;
  companiesEmptyReason: EmptyReason | null;
  rejected: RowProblem[];
}

export interface InvestmentFlowsInput extends ChartFilter {
  observations: readonly unknown[];
}

function isInvestRow(o: UsableObservation): o is UsableObservation & { indicator: keyof typeof INVEST_INDICATORS } {
  return o.indicator in INVEST_INDICATORS && o.unit === 'USD_million' && !o.computed;
}

function spanOf(o: UsableObservation): InvestmentBar['span'] | null {
  if (o.measure === 'cumulative') return 'cumulative';
  if (o.measure === 'flow' && isCalendarYear(o.parsed)) return 'year';
  return null;
}

/** Middle of a period as a decimal year; an open start counts from its end. */
export function computeMidYear(o: UsableObservation): number {
  const start = Date.parse(`${o.parsed.start ?? o.parsed.end}T00:00:00Z`);
  const end = Date.parse(`${o.parsed.end}T23:59:59Z`);
  const mid = new Date((start + end) / 2);
  const year = mid.getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Date.UTC(year + 1, 0, 1);
  return Number((year + (mid.getTime() - yearStart) / (yearEnd - yearStart)).toFixed(4));
}

function buildBars(rows: readonly UsableObservation[]): InvestmentBar[] {
  const groups = new Map<string, UsableObservation[]>();
  for (const o of rows) {
    if (!isInvestRow(o) || spanOf(o) === null) continue;
    const key = `${o.indicator}|${makeSpanKey(o.parsed)}|${o.reporter}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const bars: InvestmentBar[] = [];
  for (const candidates of groups.values()) {
    const picked = pickFigure(candidates);
    if (!picked) continue;
    const o = picked.chosen as UsableObservation & { indicator: keyof typeof INVEST_INDICATORS };
    const notes: FigureNote[] = [
      ...picked.replaced.map((r): FigureNote => ({ kind: 'revised', observationId: o.id, replaced: { value: r.value, qualifier: r.qualifier, observationId: r.id } })),
      ...picked.alternatives.map(
        (a): FigureNote => ({ kind: 'alternative', observationId: a.id, value: { value: a.value, qualifier: a.qualifier, observationId: a.id }, confidence: a.confidence, sourceId: a.sourceId }),
      ),
      ...(o.confidence !== 'high' ? [{ kind: 'confidence', observationId: o.id, level: o.confidence } as FigureNote] : []),
    ];
    const { direction, scope } = INVEST_INDICATORS[o.indicator];
    bars.push({
      observationId: o.id,
      direction,
      reporter: o.reporter,
      value: o.value,
      qualifier: o.qualifier,
      scope,
      span: spanOf(o)!,
      period: o.period,
      startYear: o.parsed.from ? o.parsed.from.year : null,
      endYear: getEndYear(o.parsed),
      confidence: o.confidence,
      notes,
      sourceId: o.sourceId,
    });
  }
  return bars;
}

function compareBars(a: InvestmentBar, b: InvestmentBar): number {
  if (a.span !== b.span) return a.span === 'cumulative' ? -1 : 1;
  if (a.endYear !== b.endYear) return a.endYear - b.endYear;
  if (a.scope !== b.scope) return a.scope === 'all' ? -1 : 1;
  return (a.startYear ?? -Infinity) - (b.startYear ?? -Infinity);
}

function buildCompanies(rows: readonly UsableObservation[]): CompanyPoint[] {
  return rows
    .filter((o) => o.indicator === COMPANIES_INDICATOR && o.unit === 'count' && o.measure === 'stock' && !o.computed)
    .map((o) => ({
      observationId: o.id,
      reporter: o.reporter,
      value: o.value,
      qualifier: o.qualifier,
      period: o.period,
      x: computeMidYear(o),
      confidence: o.confidence,
      sourceId: o.sourceId,
    }))
    .sort((a, b) => a.x - b.x);
}

/** Shapes investment and company counts for the given years and sides. Pure; never throws on bad rows. */
export function shapeInvestmentFlows(input: InvestmentFlowsInput): InvestmentFlowsShape {
  const { usable, rejected } = partitionObservations(input.observations);
  const all = buildBars(usable);
  const inRange = all.filter((b) => isYearInRange(b.endYear, input));
  const shown = inRange.filter((b) => isReporterShown(b.reporter, input.reporters)).sort(compareBars);

  const allCompanies = buildCompanies(usable);
  const companiesInRange = allCompanies.filter((c) => isYearInRange(Math.floor(c.x), input));
  const companies = companiesInRange.filter((c) => isReporterShown(c.reporter, input.reporters));

  return {
    id: 'investment-flows',
    bars: { kzToAz: shown.filter((b) => b.direction === 'kzToAz'), azToKz: shown.filter((b) => b.direction === 'azToKz') },
    maxValue: Math.max(0, ...shown.map((b) => b.value)),
    series: orderReporters(shown.map((b) => b.reporter)),
    companies,
    companiesSeries: orderReporters(companies.map((c) => c.reporter)),
    sourceIds: dedupeInOrder([...shown.map((b) => b.sourceId), ...companies.map((c) => c.sourceId)]),
    emptyReason: findEmptyReason({ usable: all.length, inRange: inRange.length, shown: shown.length }),
    companiesEmptyReason: findEmptyReason({ usable: allCompanies.length, inRange: companiesInRange.length, shown: companies.length }),
    rejected,
  };
}
