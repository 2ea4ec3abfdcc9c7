/**
 * Shapes bilateral trade for the `trade-turnover` chart: one bar per reporting side per period
 * (Azerbaijan's and Kazakhstan's statistics side by side, never averaged), the two directions
 * stacked where both were published for the same period, the balance and the change on the
 * previous year. Part-year figures (H1, Q1, Jan–Apr…) are kept apart from calendar years so they
 * are never drawn as if they were full years.
 */
import type { Confidence, Reporter } from '../../../data/schema';
import {
  getEndYear,
  findEmptyReason,
  isCalendarYear,
  isReporterShown,
  isYearInRange,
  pickLowerConfidence,
  orderReporters,
  partitionObservations,
  pickFigure,
  makeSpanKey,
  dedupeInOrder,
  type UsableObservation,
} from '../rows';
import type { ChartFilter, EmptyReason, FigureNote, OmittedFigure, QualifiedValue, RowProblem, TradeDirection } from '../types';
import { computeReporterGaps, type ReporterGap } from './gap';

const INDICATOR_FIELD = {
  'trade.turnover': 'turnover',
  'trade.kz-to-az': 'kzToAz',
  'trade.az-to-kz': 'azToKz',
} as const;
type TradeField = (typeof INDICATOR_FIELD)[keyof typeof INDICATOR_FIELD];

/** Azerbaijan's non-oil exports to Kazakhstan: a part of one direction, listed beside the bars, never stacked in them. */
const NON_OIL_INDICATOR = 'trade.az-to-kz.non-oil';

/** One published figure of Azerbaijan's non-oil exports to Kazakhstan, with its period and side. */
export interface NonOilFigure {
  period: string;
  /** Span key, as the bars' groups: the bar of the same key and side is the turnover it is part of. */
  key: string;
  year: number;
  fullYear: boolean;
  reporter: Reporter;
  value: QualifiedValue;
  sourceId: string;
}

/** What is drawn for one side in one period, USD million. Exactly the non-null parts are drawn. */
export interface TradeSegments {
  /** Kazakhstan → Azerbaijan, drawn only when both directions are known (or only this one). */
  kzToAz: number | null;
  azToKz: number | null;
  /** The turnover as one bar, when the directions are not both known. */
  total: number | null;
}

/** One side's bar in one period. */
export interface TradeBar {
  reporter: Reporter;
  segments: TradeSegments;
  /** Height of the bar, USD million (turnover, or the sum of the two directions when stacked). */
  height: number;
  /** Turnover as published by this side; `null` when only the directions were published. */
  turnover: QualifiedValue | null;
  kzToAz: QualifiedValue | null;
  azToKz: QualifiedValue | null;
  /** Kazakhstan → Azerbaijan minus Azerbaijan → Kazakhstan, USD million (computed); > 0 = Kazakh surplus. */
  balance: { value: number; approximate: boolean } | null;
  /** Change of turnover on the previous calendar year by the same side, % (computed). */
  growth: { percent: number; previousYear: number; approximate: boolean } | null;
  /** Lowest confidence among the figures used. */
  confidence: Confidence;
  notes: FigureNote[];
  sourceIds: string[];
  observationIds: string[];
}

/** One period (calendar year or part of a year) with one bar per side that reported it. */
export interface TradeGroup {
  /** Period text of the figures, e.g. `2023`, `2024-H1`, `2018-01/2018-09`. */
  period: string;
  /** Stable key for the period's span (`2024-01-01/2024-06-30`). */
  key: string;
  year: number;
  bars: TradeBar[];
}

export interface TradeTurnoverShape {
  id: 'trade-turnover';
  /** Calendar years, oldest first. */
  years: TradeGroup[];
  /** Part-year periods, oldest first; drawn apart and labelled with their months. */
  partYears: TradeGroup[];
  /** Sides with at least one bar, in the order AZ, KZ, not stated. */
  series: Reporter[];
  partSeries: Reporter[];
  /** Trade figures deliberately not drawn (computed conversions, other currencies). */
  omitted: OmittedFigure[];
  /** Kazakhstan's figure minus Azerbaijan's for each period both reported (computed; lib/charts/trade-turnover/gap.ts). */
  gaps: ReporterGap[];
  /** Azerbaijan's non-oil exports to Kazakhstan in the years and sides shown, oldest first (not drawn as bars). */
  nonOil: NonOilFigure[];
  sourceIds: string[];
  emptyReason: EmptyReason | null;
  rejected: RowProblem[];
}

export interface TradeTurnoverInput extends ChartFilter {
  /** Rows of data/ (any; the trade rows are picked out and checked). */
  observations: readonly unknown[];
}

interface Cell {
  period: string;
  key: string;
  year: number;
  fullYear: boolean;
  reporter: Reporter;
  figures: Partial<Record<TradeField, UsableObservation[]>>;
}

function toValue(o: UsableObservation): QualifiedValue {
  return { value: o.value, qualifier: o.qualifier, observationId: o.id };
}

function isTradeRow(o: UsableObservation): o is UsableObservation & { indicator: keyof typeof INDICATOR_FIELD } {
  return o.indicator in INDICATOR_FIELD && o.measure === 'flow';
}

function collectCells(rows: readonly UsableObservation[]): { cells: Map<string, Cell>; omitted: (OmittedFigure & { year: number })[] } {
  const cells = new Map<string, Cell>();
  const omitted: (OmittedFigure & { year: number })[] = [];
  for (const o of rows) {
    if (!isTradeRow(o)) continue;
    if (o.unit !== 'USD_million' || o.computed) {
      omitted.push({
        observationId: o.id,
        period: o.period,
        reporter: o.reporter,
        value: o.value,
        unit: o.unit,
        qualifier: o.qualifier,
        reason: o.unit !== 'USD_million' ? 'other-unit' : 'computed',
        year: getEndYear(o.parsed),
      });
      continue;
    }
    const key = makeSpanKey(o.parsed);
    const cellKey = `${key}|${o.reporter}`;
    const cell = cells.get(cellKey) ?? {
      period: o.period,
      key,
      year: getEndYear(o.parsed),
      fullYear: isCalendarYear(o.parsed),
      reporter: o.reporter,
      figures: {},
    };
    const field = INDICATOR_FIELD[o.indicator];
    (cell.figures[field] ??= []).push(o);
    cells.set(cellKey, cell);
  }
  return { cells, omitted };
}

function collectNonOil(rows: readonly UsableObservation[]): NonOilFigure[] {
  return rows
    .filter((o) => o.indicator === NON_OIL_INDICATOR && o.measure === 'flow' && o.unit === 'USD_million' && !o.computed)
    .map((o) => ({
      period: o.period,
      key: makeSpanKey(o.parsed),
      year: getEndYear(o.parsed),
      fullYear: isCalendarYear(o.parsed),
      reporter: o.reporter,
      value: toValue(o),
      sourceId: o.sourceId,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function buildBar(cell: Cell): TradeBar {
  const notes: FigureNote[] = [];
  const used: UsableObservation[] = [];
  const pick = (field: TradeField): QualifiedValue | null => {
    const picked = pickFigure(cell.figures[field] ?? []);
    if (!picked) return null;
    used.push(picked.chosen);
    for (const r of picked.replaced) notes.push({ kind: 'revised', observationId: picked.chosen.id, replaced: toValue(r) });
    for (const a of picked.alternatives) {
      notes.push({ kind: 'alternative', observationId: a.id, value: toValue(a), confidence: a.confidence, sourceId: a.sourceId });
    }
    return toValue(picked.chosen);
  };
  const turnover = pick('turnover');
  const kzToAz = pick('kzToAz');
  const azToKz = pick('azToKz');
  const both = kzToAz !== null && azToKz !== null;
  let segments: TradeSegments;
  if (both) {
    segments = { kzToAz: kzToAz.value, azToKz: azToKz.value, total: null };
    if (turnover === null) notes.push({ kind: 'sum-of-directions' });
  } else if (turnover !== null) {
    segments = { kzToAz: null, azToKz: null, total: turnover.value };
    const only: [TradeDirection, QualifiedValue | null][] = [
      ['kzToAz', kzToAz],
      ['azToKz', azToKz],
    ];
    for (const [direction, value] of only) if (value) notes.push({ kind: 'one-direction-only', direction, value });
  } else {
    segments = { kzToAz: kzToAz?.value ?? null, azToKz: azToKz?.value ?? null, total: null };
  }
  let confidence: Confidence = 'high';
  for (const o of used) {
    confidence = pickLowerConfidence(confidence, o.confidence);
    if (o.confidence !== 'high') notes.push({ kind: 'confidence', observationId: o.id, level: o.confidence });
  }
  return {
    reporter: cell.reporter,
    segments,
    height: (segments.kzToAz ?? 0) + (segments.azToKz ?? 0) + (segments.total ?? 0),
    turnover,
    kzToAz,
    azToKz,
    balance: both ? { value: round(kzToAz.value - azToKz.value), approximate: kzToAz.qualifier !== 'exact' || azToKz.qualifier !== 'exact' } : null,
    growth: null,
    confidence,
    notes,
    sourceIds: dedupeInOrder(used.map((o) => o.sourceId)),
    observationIds: used.map((o) => o.id),
  };
}

/** Rounds away floating-point noise (375.3 - 88.3 = 287.00000000000006). */
function round(value: number, digits = 6): number {
  return Number(value.toFixed(digits));
}

/** Adds the change on the previous calendar year, for AZ and KZ only (an unstated side may be two bodies). */
function addGrowth(annual: ReadonlyMap<string, { bar: TradeBar; year: number }>): void {
  for (const { bar, year } of annual.values()) {
    if (bar.reporter === 'unknown' || !bar.turnover) continue;
    const previous = annual.get(`${year - 1}|${bar.reporter}`)?.bar;
    if (!previous?.turnover || previous.turnover.value === 0) continue;
    bar.growth = {
      percent: round(((bar.turnover.value - previous.turnover.value) / previous.turnover.value) * 100),
      previousYear: year - 1,
      approximate: bar.turnover.qualifier !== 'exact' || previous.turnover.qualifier !== 'exact',
    };
  }
}

function groupCells(cells: readonly Cell[], bars: Map<Cell, TradeBar>): TradeGroup[] {
  const groups = new Map<string, TradeGroup>();
  for (const cell of cells) {
    const group = groups.get(cell.key) ?? { period: cell.period, key: cell.key, year: cell.year, bars: [] };
    group.bars.push(bars.get(cell)!);
    groups.set(cell.key, group);
  }
  const order = orderReporters(['AZ', 'KZ', 'unknown']);
  return [...groups.values()]
    .map((g) => ({ ...g, bars: [...g.bars].sort((a, b) => order.indexOf(a.reporter) - order.indexOf(b.reporter)) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Shapes the trade rows for the given years and sides. Pure; never throws on bad rows. */
export function shapeTradeTurnover(input: TradeTurnoverInput): TradeTurnoverShape {
  const { usable, rejected } = partitionObservations(input.observations);
  const { cells, omitted } = collectCells(usable);
  const allCells = [...cells.values()];
  const bars = new Map<Cell, TradeBar>();
  const annual = new Map<string, { bar: TradeBar; year: number }>();
  for (const cell of allCells) {
    const bar = buildBar(cell);
    bars.set(cell, bar);
    if (cell.fullYear) annual.set(`${cell.year}|${cell.reporter}`, { bar, year: cell.year });
  }
  // Growth is computed on all years, so 2019's change on 2018 shows even when 2018 is filtered out.
  addGrowth(annual);

  const inRange = allCells.filter((c) => isYearInRange(c.year, input));
  const shown = inRange.filter((c) => isReporterShown(c.reporter, input.reporters));
  const years = groupCells(shown.filter((c) => c.fullYear), bars);
  const partYears = groupCells(shown.filter((c) => !c.fullYear), bars);
  const nonOil = collectNonOil(usable).filter((n) => isYearInRange(n.year, input) && isReporterShown(n.reporter, input.reporters));
  const shownOmitted = omitted
    .filter((o) => isYearInRange(o.year, input) && isReporterShown(o.reporter, input.reporters))
    .map(
      (o): OmittedFigure => ({ observationId: o.observationId, period: o.period, reporter: o.reporter, value: o.value, unit: o.unit, qualifier: o.qualifier, reason: o.reason }),
    );
  return {
    id: 'trade-turnover',
    years,
    partYears,
    series: orderReporters(years.flatMap((g) => g.bars.map((b) => b.reporter))),
    partSeries: orderReporters(partYears.flatMap((g) => g.bars.map((b) => b.reporter))),
    omitted: shownOmitted,
    gaps: [...computeReporterGaps(years, true), ...computeReporterGaps(partYears, false)],
    nonOil,
    sourceIds: dedupeInOrder([...[...years, ...partYears].flatMap((g) => g.bars.flatMap((b) => b.sourceIds)), ...nonOil.map((n) => n.sourceId)]),
    emptyReason: findEmptyReason({ usable: allCells.length, inRange: inRange.length, shown: shown.length }),
    rejected,
  };
}
