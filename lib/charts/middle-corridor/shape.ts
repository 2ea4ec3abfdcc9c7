/**
 * Shapes the Middle Corridor (Trans-Caspian route) figures for the `middle-corridor` chart: cargo by
 * calendar year in tonnes and in TEU, one series per scope and reporting side (data/schema.ts
 * `SCOPES`): figures of different scopes are never joined, whatever their year or unit. Plans are
 * kept apart from outcomes (drawn as plans), targets are reference lines. Every figure is read
 * from data/ by indicator; a row without a known scope is rejected, never drawn.
 */
import type { Confidence, Qualifier, Reporter } from '../../../data/schema';
import { SCOPES, type Scope } from '../../../data/scopes';
import { dedupeInOrder, findEmptyReason, isCalendarYear, isYearInRange, orderReporters, partitionObservations, pickFigure, figureNotes, type UsableObservation } from '../rows';
import type { ChartFilter, EmptyReason, FigureNote, RowProblem } from '../types';

/** The indicators the chart reads: cargo (t), containers (TEU) and the Aktau–Baku line's TEU. */
export const CORRIDOR_INDICATORS = ['corridor.cargo', 'corridor.containers', 'containers.aktau-baku'] as const;

/** The two panels: tonnes and TEU. */
export const CORRIDOR_PANELS = ['tonnes', 'teu'] as const;
export type CorridorPanelId = (typeof CORRIDOR_PANELS)[number];

const PANEL_OF_UNIT: Readonly<Record<string, CorridorPanelId>> = { tonnes: 'tonnes', TEU: 'teu' };
const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);

/** A row of the chart with its scope checked. */
type ScopedObservation = UsableObservation & { scope: Scope };

/** An outcome of one calendar year. */
export interface CorridorPoint {
  year: number;
  value: number;
  qualifier: Qualifier;
  observationId: string;
  confidence: Confidence;
  sourceId: string;
  notes: FigureNote[];
}

/** One scope as one side reported it: the only figures ever joined by a line. */
export interface CorridorSeries {
  /** `titr-whole-route~KZ`. */
  key: string;
  scope: Scope;
  reporter: Reporter;
  points: CorridorPoint[];
}

/** A plan (or forecast) for a year: drawn as a plan, apart from the outcomes. */
export interface CorridorPlan {
  key: string;
  scope: Scope;
  reporter: Reporter;
  measure: 'plan' | 'forecast';
  year: number;
  value: number;
  qualifier: Qualifier;
  observationId: string;
  sourceId: string;
}

/** A target (`period` may lie past the years drawn): a reference line. */
export interface CorridorTarget {
  scope: Scope;
  reporter: Reporter;
  year: number;
  value: number;
  qualifier: Qualifier;
  observationId: string;
  sourceId: string;
}

export interface CorridorPanel {
  panel: CorridorPanelId;
  series: CorridorSeries[];
  plans: CorridorPlan[];
  targets: CorridorTarget[];
  /** Largest value drawn or referenced (t or TEU). */
  maxValue: number;
}

export interface MiddleCorridorShape {
  id: 'middle-corridor';
  /** Panels with something to draw, tonnes first. */
  panels: CorridorPanel[];
  /** Every calendar year from the first to the last drawn (the shared category axis). */
  years: number[];
  sourceIds: string[];
  emptyReason: EmptyReason | null;
  rejected: RowProblem[];
}

export interface MiddleCorridorInput extends ChartFilter {
  observations: readonly unknown[];
}

/** The key of a series: its scope and side. */
export function makeCorridorSeriesKey(scope: Scope, reporter: Reporter): string {
  return `${scope}~${reporter}`;
}


/** Keeps the chart's own rows; those of its indicators without a known scope or unit are rejected. */
function scoped(input: readonly unknown[], usable: readonly UsableObservation[], rejected: RowProblem[]): ScopedObservation[] {
  const out: ScopedObservation[] = [];
  usable.forEach((o) => {
    const index = input.findIndex((r) => typeof r === 'object' && r !== null && (r as { id?: unknown }).id === o.id);
    if (!(CORRIDOR_INDICATORS as readonly string[]).includes(o.indicator)) return;
    const scope: unknown = (o as { scope?: unknown }).scope;
    if (typeof scope !== 'string' || !SCOPE_SET.has(scope)) rejected.push({ index, id: o.id, reason: `unknown scope ${JSON.stringify(scope)}` });
    else if (!PANEL_OF_UNIT[o.unit]) rejected.push({ index, id: o.id, reason: `unit ${o.unit} is neither tonnes nor TEU` });
    else if (!o.computed && isCalendarYear(o.parsed)) out.push({ ...o, scope: scope as Scope });
  });
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

const REPORTER_ORDER: readonly Reporter[] = orderReporters(['AZ', 'KZ', 'unknown']);
const SERIES_ORDER = (a: { scope: Scope; reporter: Reporter }, b: { scope: Scope; reporter: Reporter }) =>
  SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || REPORTER_ORDER.indexOf(a.reporter) - REPORTER_ORDER.indexOf(b.reporter);

function buildPanel(panel: CorridorPanelId, rows: readonly ScopedObservation[], filter: ChartFilter): CorridorPanel {
  const own = rows.filter((o) => PANEL_OF_UNIT[o.unit] === panel);
  const year = (o: ScopedObservation) => o.parsed.to.year;
  const flows = own.filter((o) => o.measure === 'flow' && isYearInRange(year(o), filter));
  const series: CorridorSeries[] = [];
  for (const [key, list] of groupBy(flows, (o) => makeCorridorSeriesKey(o.scope, o.reporter))) {
    const points: CorridorPoint[] = [];
    for (const candidates of groupBy(list, (o) => String(year(o))).values()) {
      const picked = pickFigure(candidates)!;
      const o = picked.chosen;
      points.push({ year: year(o), value: o.value, qualifier: o.qualifier, observationId: o.id, confidence: o.confidence, sourceId: o.sourceId, notes: figureNotes(picked) });
    }
    series.push({ key, scope: list[0]!.scope, reporter: list[0]!.reporter, points: points.sort((a, b) => a.year - b.year) });
  }
  series.sort(SERIES_ORDER);
  const plans = own
    .filter((o) => (o.measure === 'plan' || o.measure === 'forecast') && isYearInRange(year(o), filter))
    .map(
      (o): CorridorPlan => ({
        key: `${makeCorridorSeriesKey(o.scope, o.reporter)}~${o.measure}`,
        scope: o.scope,
        reporter: o.reporter,
        measure: o.measure as 'plan' | 'forecast',
        year: year(o),
        value: o.value,
        qualifier: o.qualifier,
        observationId: o.id,
        sourceId: o.sourceId,
      }),
    )
    .sort((a, b) => SERIES_ORDER(a, b) || a.year - b.year);
  const shown = series.length + plans.length > 0;
  // A target is a reference for the figures shown: kept whatever its year, with the panel's figures.
  const targets = shown
    ? own
        .filter((o) => o.measure === 'target')
        .map((o): CorridorTarget => ({ scope: o.scope, reporter: o.reporter, year: year(o), value: o.value, qualifier: o.qualifier, observationId: o.id, sourceId: o.sourceId }))
        .sort((a, b) => SERIES_ORDER(a, b) || a.year - b.year)
    : [];
  return {
    panel,
    series,
    plans,
    targets,
    maxValue: Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value)), ...plans.map((p) => p.value), ...targets.map((t) => t.value)),
  };
}

/** Shapes the corridor figures for the given years. The side filter does not apply (each series names its side). */
export function shapeMiddleCorridor(input: MiddleCorridorInput): MiddleCorridorShape {
  const { usable, rejected } = partitionObservations(input.observations);
  const rows = scoped(input.observations, usable, rejected);
  const all = CORRIDOR_PANELS.map((p) => buildPanel(p, rows, { ...input, range: { from: -Infinity, to: Infinity } }));
  const panels = CORRIDOR_PANELS.map((p) => buildPanel(p, rows, input)).filter((p) => p.series.length + p.plans.length > 0);
  const drawnYears = panels.flatMap((p) => [...p.series.flatMap((s) => s.points.map((pt) => pt.year)), ...p.plans.map((pl) => pl.year)]);
  const first = Math.min(...drawnYears);
  const last = Math.max(...drawnYears);
  const years = drawnYears.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const count = (ps: readonly CorridorPanel[]) => ps.reduce((n, p) => n + p.series.length + p.plans.length, 0);
  return {
    id: 'middle-corridor',
    panels,
    years,
    sourceIds: dedupeInOrder(
      panels.flatMap((p) => [...p.series.flatMap((s) => s.points.map((pt) => pt.sourceId)), ...p.plans.map((pl) => pl.sourceId), ...p.targets.map((t) => t.sourceId)]),
    ),
    emptyReason: findEmptyReason({ usable: count(all), inRange: count(panels), shown: count(panels) }),
    rejected: rejected.sort((a, b) => a.index - b.index),
  };
}
