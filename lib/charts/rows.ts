/**
 * Defensive reading of data rows for the charts. The dataset is validated at build time, but a
 * shaping function must never draw NaN, a row without a period or a side we do not know: such
 * rows are set aside with a reason (`RowProblem`) instead of throwing or being drawn.
 */
import type { Confidence, Milestone, Observation, Qualifier, Reporter } from '../../data/schema';
import { parsePeriod, type ParsedPeriod } from '../period';
import type { ChartFilter, FigureNote, RowProblem, SelectableReporter } from './types';

const REPORTER_SET: ReadonlySet<string> = new Set<Reporter>(['AZ', 'KZ', 'unknown']);
const QUALIFIER_SET: ReadonlySet<string> = new Set<Qualifier>(['exact', 'approx', 'more-than', 'up-to', 'almost']);
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** An observation that passed the checks, with its period parsed once. */
export interface UsableObservation extends Observation {
  parsed: ParsedPeriod;
}

function problem(index: number, row: unknown, reason: string): RowProblem {
  const id = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : null;
  return { index, id, reason };
}

function checkObservation(row: unknown): string | UsableObservation {
  if (typeof row !== 'object' || row === null) return 'not an object';
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return 'missing id';
  if (typeof r.indicator !== 'string') return 'missing indicator';
  if (typeof r.value !== 'number' || !Number.isFinite(r.value)) return `invalid value ${String(r.value)}`;
  if (r.value < 0) return `negative value ${r.value}`;
  if (typeof r.unit !== 'string') return 'missing unit';
  if (typeof r.measure !== 'string') return 'missing measure';
  if (typeof r.sourceId !== 'string' || r.sourceId === '') return 'missing sourceId';
  if (typeof r.reporter !== 'string' || !REPORTER_SET.has(r.reporter)) return `unknown reporter ${JSON.stringify(r.reporter)}`;
  const qualifier = r.qualifier ?? 'exact';
  if (typeof qualifier !== 'string' || !QUALIFIER_SET.has(qualifier)) return `unknown qualifier ${JSON.stringify(r.qualifier)}`;
  const confidence = r.confidence ?? 'high';
  if (typeof confidence !== 'string' || !(confidence in CONFIDENCE_RANK)) return `unknown confidence ${JSON.stringify(r.confidence)}`;
  const period = parsePeriod(r.period);
  if (!period.ok) return period.reason;
  return {
    ...(r as unknown as Observation),
    qualifier: qualifier as Qualifier,
    confidence: confidence as Confidence,
    computed: r.computed === true,
    parsed: period.value,
  };
}

/** Splits rows into usable observations and problems; a repeated id keeps its first row. */
export function partitionObservations(rows: readonly unknown[]): { usable: UsableObservation[]; rejected: RowProblem[] } {
  const usable: UsableObservation[] = [];
  const rejected: RowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const checked = checkObservation(row);
    if (typeof checked === 'string') {
      rejected.push(problem(index, row, checked));
    } else if (seen.has(checked.id)) {
      rejected.push(problem(index, row, `duplicate id "${checked.id}"`));
    } else {
      seen.add(checked.id);
      usable.push(checked);
    }
  });
  return { usable, rejected };
}

/** A milestone that passed the checks, with its date parsed once. */
export interface UsableMilestone extends Milestone {
  parsed: ParsedPeriod;
}

/** Same as `partitionObservations`, for milestones (id, date, kind, sourceId). */
export function partitionMilestones(rows: readonly unknown[]): { usable: UsableMilestone[]; rejected: RowProblem[] } {
  const usable: UsableMilestone[] = [];
  const rejected: RowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return rejected.push(problem(index, row, 'not an object'));
    const r = row as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') return rejected.push(problem(index, row, 'missing id'));
    if (typeof r.kind !== 'string') return rejected.push(problem(index, row, 'missing kind'));
    if (typeof r.sourceId !== 'string') return rejected.push(problem(index, row, 'missing sourceId'));
    const date = parsePeriod(r.date);
    if (!date.ok || date.value.isInterval) return rejected.push(problem(index, row, date.ok ? 'date is an interval' : date.reason));
    if (seen.has(r.id)) return rejected.push(problem(index, row, `duplicate id "${r.id}"`));
    seen.add(r.id);
    usable.push({ ...(r as unknown as Milestone), parsed: date.value });
  });
  return { usable, rejected };
}

/** AZ and KZ figures show when their side is selected; figures of no stated side only when both are. */
export function isReporterShown(reporter: Reporter, selected: readonly SelectableReporter[]): boolean {
  if (reporter === 'unknown') return selected.includes('AZ') && selected.includes('KZ');
  return selected.includes(reporter);
}

/** True when the year lies in the filter's inclusive range. */
export function isYearInRange(year: number, filter: Pick<ChartFilter, 'range'>): boolean {
  return year >= filter.range.from && year <= filter.range.to;
}

/** Year in which a period ends (2024 for `2023-07/2024-06`). */
export function getEndYear(p: ParsedPeriod): number {
  return p.to.year;
}

/** True for exactly one calendar year (`2023`), not a part of one or several. */
export function isCalendarYear(p: ParsedPeriod): boolean {
  return !p.isInterval && p.to.granularity === 'year';
}

/** A key equal for periods covering the same days (`2022-H1` and `2022-01/2022-06`). */
export function makeSpanKey(p: ParsedPeriod): string {
  return `${p.start ?? '..'}/${p.end}`;
}

/**
 * Picks one figure out of several for the same period and side: a revision beats what it revises
 * (those are returned as `replaced`), then higher confidence, then the dataset's order. The others
 * are returned as `alternatives`, so the table can name them (never drop a figure silently).
 */
export function pickFigure<T extends UsableObservation>(
  candidates: readonly T[],
): { chosen: T; replaced: T[]; alternatives: T[] } | null {
  if (candidates.length === 0) return null;
  const revisedIds = new Set(candidates.map((c) => c.revises).filter((id): id is string => typeof id === 'string'));
  const replaced = candidates.filter((c) => revisedIds.has(c.id));
  const current = candidates.filter((c) => !revisedIds.has(c.id));
  const ranked = [...current].sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence]);
  const [chosen, ...alternatives] = ranked;
  if (!chosen) return null;
  return { chosen, replaced, alternatives };
}

/** The lower of two confidence levels. */
export function pickLowerConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

/** Unique values in first-seen order. */
export function dedupeInOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Reporters present, in the dashboard's order (AZ, KZ, not stated). */
export function orderReporters(reporters: readonly Reporter[]): Reporter[] {
  const present = new Set(reporters);
  return (['AZ', 'KZ', 'unknown'] as const).filter((r) => present.has(r));
}

/**
 * Why nothing is drawn, from three counts of the chart's own figures: all usable ones, those in
 * the selected years, and those also from the selected side(s). `null` when something is drawn.
 */
export function findEmptyReason(counts: { usable: number; inRange: number; shown: number }): import('./types').EmptyReason | null {
  if (counts.shown > 0) return null;
  if (counts.usable === 0) return 'no-data';
  if (counts.inRange === 0) return 'no-data-in-range';
  return 'no-data-for-reporters';
}

/**
 * The notes a picked figure carries: the figures it revises, the equal alternatives it was chosen
 * over, and its confidence when not high (shared by the charts that pick one figure per point).
 */
export function figureNotes(picked: { chosen: UsableObservation; replaced: UsableObservation[]; alternatives: UsableObservation[] }): FigureNote[] {
  const o = picked.chosen;
  return [
    ...picked.replaced.map((r): FigureNote => ({ kind: 'revised', observationId: o.id, replaced: { value: r.value, qualifier: r.qualifier, observationId: r.id } })),
    ...picked.alternatives.map(
      (a): FigureNote => ({ kind: 'alternative', observationId: a.id, value: { value: a.value, qualifier: a.qualifier, observationId: a.id }, confidence: a.confidence, sourceId: a.sourceId }),
    ),
    ...(o.confidence !== 'high' ? [{ kind: 'confidence', observationId: o.id, level: o.confidence } as FigureNote] : []),
  ];
}
