/**
 * Shapes Kazakh crude shipped from Aktau towards Baku and the Baku–Tbilisi–Ceyhan pipeline for
 * the `oil-volumes` chart: shipments per calendar year (bars), running totals by month for the
 * years listed in `OIL_RUNNING_TOTAL_YEARS` (lines on a Jan–Dec axis), the agreed annual volumes
 * (reference lines) and the article's monthly pace (a computed line). Every figure is looked up
 * in data/ by indicator or id, never typed here.
 *
 * Outcomes and plans are kept apart: a plan or forecast is drawn (as a `plan` bar) only for a year
 * without a reported outcome; for other years it is a note on the outcome. Where two sources of the
 * same side give different outcomes (or plans) for one year, each is a bar of its own (`slot` 0, 1…),
 * never merged or chosen between.
 */
import type { Confidence, PlanStatus, Qualifier, Reporter } from '../../../data/schema';
import {
  findEmptyReason,
  isCalendarYear,
  isYearInRange,
  orderReporters,
  partitionObservations,
  figureNotes,
  pickFigure,
  dedupeInOrder,
  type UsableObservation,
} from '../rows';
import type { ChartFilter, EmptyReason, FigureNote, QualifiedValue, RowProblem } from '../types';

const SHIPMENTS = 'oil.aktau-to-baku';

/** Years whose running totals are drawn (the years of the route with reports through the year). */
export const OIL_RUNNING_TOTAL_YEARS: readonly number[] = [2023, 2024, 2025];

/** Agreed annual volumes drawn as reference lines: Tengiz 1.5 Mt/yr (Nov 2022), up to 2.2 Mt/yr (Mar 2024). */
export const OIL_AGREEMENT_IDS: readonly string[] = ['oil-agreement-2022-11-tengiz', 'oil-agreement-2024-03'];

/** The article's pace: 125,000 t a month of Tengiz oil via BTC from March 2023. */
export const OIL_PACE_ID = 'oil-tengiz-btc-rate-2023-03-az';

/** A measured outcome, or a plan or forecast (not a measured outcome; drawn differently). */
export type OilBarKind = 'outcome' | 'plan';

/** Shipments (or planned shipments) in one calendar year by one side from one source, tonnes. */
export interface OilAnnualBar {
  year: number;
  reporter: Reporter;
  kind: OilBarKind;
  /** `flow` for outcomes; `plan` or `forecast` for plans. */
  measure: 'flow' | 'plan' | 'forecast';
  /** How firm a plan is (data/schema.ts `PLAN_STATUSES`); null for outcomes. */
  status: PlanStatus | null;
  /** 0 for the first figure of its year, side and kind; 1, 2… for other sources' figures drawn beside it. */
  slot: number;
  value: number;
  qualifier: Qualifier;
  observationId: string;
  confidence: Confidence;
  sourceId: string;
  /** Plans/forecasts for the same year when it has an outcome (not drawn), revisions, confidence. */
  notes: FigureNote[];
}

/** A style of bar in the annual panel: one per side, kind and slot present. */
export interface OilBarSeries {
  /** `KZ`, `KZ-2` (second source), `plan-KZ`, `plan-KZ-2`. */
  key: string;
  reporter: Reporter;
  kind: OilBarKind;
  slot: number;
}

/** Data key of a bar series (see `OilBarSeries.key`). */
export function makeOilBarKey(bar: Pick<OilAnnualBar, 'reporter' | 'kind' | 'slot'>): string {
  return `${bar.kind === 'plan' ? 'plan-' : ''}${bar.reporter}${bar.slot > 0 ? `-${bar.slot + 1}` : ''}`;
}

/** A running total from January to the end of `month`, tonnes. */
export interface OilRunningPoint {
  /** 1 = January … 12 = December. */
  month: number;
  value: number;
  qualifier: Qualifier;
  observationId: string;
  /** True when the point is the calendar-year total (December). */
  isYearTotal: boolean;
  sourceId: string;
  notes: FigureNote[];
}

export interface OilRunningLine {
  year: number;
  reporter: Reporter;
  points: OilRunningPoint[];
}

/** The stated monthly pace accumulated from its first month: computed here, labelled so. */
export interface OilPaceLine {
  observationId: string;
  year: number;
  /** Tonnes per month. */
  ratePerMonth: number;
  startMonth: number;
  /** Month-end running totals at that pace (0 at the end of the month before it began), tonnes. */
  points: { month: number; value: number }[];
  sourceId: string;
}

/** An agreed annual volume, tonnes per year. */
export interface OilReference extends QualifiedValue {
  /** Date of signature (`2022-11`). */
  period: string;
  sourceId: string;
}

export interface OilVolumesShape {
  id: 'oil-volumes';
  /** Per year, its bars: outcomes first (by side, then slot), then plans. */
  annual: { year: number; bars: OilAnnualBar[] }[];
  /** Bar styles present, in drawing order: outcomes (by side, then slot), then plans. */
  annualSeries: OilBarSeries[];
  running: OilRunningLine[];
  pace: OilPaceLine | null;
  references: OilReference[];
  /** Largest value drawn or referenced, tonnes, for a scale shared by both panels. */
  maxValue: number;
  sourceIds: string[];
  emptyReason: EmptyReason | null;
  rejected: RowProblem[];
}

export interface OilVolumesInput extends ChartFilter {
  observations: readonly unknown[];
}


function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function isTonnes(o: UsableObservation): boolean {
  return o.indicator === SHIPMENTS && o.unit === 'tonnes' && !o.computed;
}

function isPlanned(o: UsableObservation): boolean {
  return o.measure === 'plan' || o.measure === 'forecast';
}

function toPlanNote(p: UsableObservation): FigureNote {
  return { kind: 'plan', measure: p.measure as 'plan' | 'forecast', value: { value: p.value, qualifier: p.qualifier, observationId: p.id }, reporter: p.reporter };
}

function toBar(o: UsableObservation, kind: OilBarKind, slot: number, notes: FigureNote[]): OilAnnualBar {
  return {
    year: o.parsed.to.year,
    reporter: o.reporter,
    kind,
    measure: o.measure as OilAnnualBar['measure'],
    status: kind === 'plan' ? (o.status ?? null) : null,
    slot,
    value: o.value,
    qualifier: o.qualifier,
    observationId: o.id,
    confidence: o.confidence,
    sourceId: o.sourceId,
    notes,
  };
}

function confidenceNote(o: UsableObservation): FigureNote[] {
  return o.confidence !== 'high' ? [{ kind: 'confidence', observationId: o.id, level: o.confidence }] : [];
}

/** Outcomes per year and side (each source its own bar); plans only for years without an outcome. */
function buildAnnual(rows: readonly UsableObservation[]): OilAnnualBar[] {
  const flows = rows.filter((o) => isTonnes(o) && o.measure === 'flow' && isCalendarYear(o.parsed));
  const plans = rows.filter((o) => isTonnes(o) && isPlanned(o) && isCalendarYear(o.parsed));
  const bars: OilAnnualBar[] = [];
  for (const candidates of groupBy(flows, (o) => `${o.parsed.to.year}|${o.reporter}`).values()) {
    const picked = pickFigure(candidates)!;
    const o = picked.chosen;
    const planNotes = plans.filter((p) => p.parsed.to.year === o.parsed.to.year).map(toPlanNote);
    const chosenNotes = figureNotes({ ...picked, alternatives: [] });
    bars.push(toBar(o, 'outcome', 0, [...chosenNotes, ...planNotes]));
    picked.alternatives.forEach((a, i) => bars.push(toBar(a, 'outcome', i + 1, confidenceNote(a))));
  }
  const outcomeYears = new Set(bars.map((b) => b.year));
  const openPlans = plans.filter((p) => !outcomeYears.has(p.parsed.to.year));
  for (const candidates of groupBy(openPlans, (o) => `${o.parsed.to.year}|${o.reporter}`).values()) {
    candidates.forEach((p, i) => bars.push(toBar(p, 'plan', i, confidenceNote(p))));
  }
  return bars.sort((a, b) => a.year - b.year);
}

/** Month (1–12) a running total reaches, when it runs from 1 January of the same year; else null. */
function runningMonth(o: UsableObservation): number | null {
  const p = o.parsed;
  if (!p.from || p.from.start.slice(5) !== '01-01' || p.from.year !== p.to.year) return null;
  if (p.to.granularity === 'day') return null;
  return Number(p.to.end.slice(5, 7));
}

function toRunningPoint(p: OilRunningPoint): OilRunningPoint {
  return { month: p.month, value: p.value, qualifier: p.qualifier, observationId: p.observationId, isYearTotal: p.isYearTotal, sourceId: p.sourceId, notes: p.notes };
}

function buildRunning(rows: readonly UsableObservation[], annual: readonly OilAnnualBar[]): OilRunningLine[] {
  const points: (OilRunningPoint & { year: number; reporter: Reporter })[] = [];
  const ytd = rows.filter((o) => isTonnes(o) && o.measure === 'ytd' && runningMonth(o) !== null);
  for (const candidates of groupBy(ytd, (o) => `${o.parsed.to.year}|${runningMonth(o)}|${o.reporter}`).values()) {
    const picked = pickFigure(candidates)!;
    const o = picked.chosen;
    points.push({ year: o.parsed.to.year, reporter: o.reporter, month: runningMonth(o)!, value: o.value, qualifier: o.qualifier, observationId: o.id, isYearTotal: false, sourceId: o.sourceId, notes: figureNotes(picked) });
  }
  for (const bar of annual) {
    if (bar.kind !== 'outcome' || bar.slot > 0) continue;
    if (points.some((p) => p.year === bar.year && p.reporter === bar.reporter && p.month === 12)) continue;
    const others = annual.filter((b) => b.kind === 'outcome' && b.slot > 0 && b.year === bar.year && b.reporter === bar.reporter);
    const notes = others.map(
      (b): FigureNote => ({ kind: 'alternative', observationId: b.observationId, value: { value: b.value, qualifier: b.qualifier, observationId: b.observationId }, confidence: b.confidence, sourceId: b.sourceId }),
    );
    points.push({ year: bar.year, reporter: bar.reporter, month: 12, value: bar.value, qualifier: bar.qualifier, observationId: bar.observationId, isYearTotal: true, sourceId: bar.sourceId, notes });
  }
  const lines: OilRunningLine[] = [];
  for (const group of groupBy(points, (p) => `${p.year}|${p.reporter}`).values()) {
    const first = group[0]!;
    if (!OIL_RUNNING_TOTAL_YEARS.includes(first.year)) continue;
    const sorted = [...group].sort((a, b) => a.month - b.month);
    lines.push({ year: first.year, reporter: first.reporter, points: sorted.map(toRunningPoint) });
  }
  const order = orderReporters(['AZ', 'KZ', 'unknown']);
  return lines.filter((l) => l.points.length > 1).sort((a, b) => a.year - b.year || order.indexOf(a.reporter) - order.indexOf(b.reporter));
}

function buildPace(rows: readonly UsableObservation[]): OilPaceLine | null {
  const o = rows.find((r) => r.id === OIL_PACE_ID);
  if (!o || o.unit !== 'tonnes_per_month' || o.parsed.to.granularity !== 'month') return null;
  const startMonth = o.parsed.to.start.slice(5, 7);
  const first = Number(startMonth);
  const points = [];
  for (let month = first - 1; month <= 12; month++) points.push({ month, value: o.value * (month - first + 1) });
  return { observationId: o.id, year: o.parsed.to.year, ratePerMonth: o.value, startMonth: first, points: points.filter((p) => p.month >= 1), sourceId: o.sourceId };
}

function buildReferences(rows: readonly UsableObservation[]): OilReference[] {
  return OIL_AGREEMENT_IDS.map((id) => rows.find((r) => r.id === id))
    .filter((o): o is UsableObservation => o !== undefined && o.unit === 'tonnes_per_year')
    .map((o) => ({ value: o.value, qualifier: o.qualifier, observationId: o.id, period: o.period, sourceId: o.sourceId }));
}

/** Shapes the oil figures for the given years. The side filter does not apply (all shipments are Kazakh). */
export function shapeOilVolumes(input: OilVolumesInput): OilVolumesShape {
  const { usable, rejected } = partitionObservations(input.observations);
  const allAnnual = buildAnnual(usable);
  const allRunning = buildRunning(usable, allAnnual);
  const annualBars = allAnnual.filter((b) => isYearInRange(b.year, input));
  const running = allRunning.filter((l) => isYearInRange(l.year, input));
  const paceAll = buildPace(usable);
  const pace = paceAll && running.some((l) => l.year === paceAll.year) ? paceAll : null;
  const shownCount = annualBars.length + running.length;
  const references = shownCount > 0 ? buildReferences(usable) : [];
  const years = dedupeInOrder(annualBars.map((b) => b.year));
  const order = orderReporters(['AZ', 'KZ', 'unknown']);
  const barOrder = (a: Pick<OilBarSeries, 'kind' | 'reporter' | 'slot'>, b: Pick<OilBarSeries, 'kind' | 'reporter' | 'slot'>) =>
    (a.kind === b.kind ? 0 : a.kind === 'outcome' ? -1 : 1) || order.indexOf(a.reporter) - order.indexOf(b.reporter) || a.slot - b.slot;
  const series = new Map<string, OilBarSeries>();
  for (const b of annualBars) series.set(makeOilBarKey(b), { key: makeOilBarKey(b), reporter: b.reporter, kind: b.kind, slot: b.slot });
  return {
    id: 'oil-volumes',
    annual: years.map((year) => ({
      year,
      bars: annualBars.filter((b) => b.year === year).sort(barOrder),
    })),
    annualSeries: [...series.values()].sort(barOrder),
    running,
    pace,
    references,
    maxValue: Math.max(0, ...annualBars.map((b) => b.value), ...running.flatMap((l) => l.points.map((p) => p.value)), ...(pace ? pace.points.map((p) => p.value) : []), ...references.map((r) => r.value)),
    sourceIds: dedupeInOrder([
      ...annualBars.map((b) => b.sourceId),
      ...running.flatMap((l) => l.points.map((p) => p.sourceId)),
      ...(pace ? [pace.sourceId] : []),
      ...references.map((r) => r.sourceId),
    ]),
    emptyReason: findEmptyReason({ usable: allAnnual.length + allRunning.length, inRange: shownCount, shown: shownCount }),
    rejected,
  };
}
