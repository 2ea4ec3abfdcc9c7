/**
 * What changed between two releases of the dataset, computed by comparing them (never written by
 * hand): figures added, revised (old → new, each with its own source) and removed. A figure is
 * the same figure in both when it has the same id; a new figure that `revises` one of the older
 * release counts as a revision of it.
 */
import type { Observation, Source } from '../../data/schema';

/** What a comparison needs of a release's data. */
export interface ReleaseData {
  observations: readonly Observation[];
  sources: readonly Source[];
}

/** A figure with the source it had in its release. */
export interface SourcedFigure {
  observation: Observation;
  source: Source | null;
}

export interface Revision {
  before: SourcedFigure;
  after: SourcedFigure;
  /** The fields whose values differ (`value`, `period`, `sourceId`, …). */
  fields: string[];
}

export interface ReleaseChanges {
  added: SourcedFigure[];
  revised: Revision[];
  removed: SourcedFigure[];
}

/** Fields of a figure that, when they differ, make it a revision. */
const COMPARED = ['indicator', 'value', 'unit', 'period', 'measure', 'reporter', 'qualifier', 'confidence', 'computed', 'sourceId', 'note'] as const;

function sourced(data: ReleaseData): (o: Observation) => SourcedFigure {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return (observation) => ({ observation, source: sources.get(observation.sourceId) ?? null });
}

function differing(a: Observation, b: Observation): string[] {
  return COMPARED.filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}

/** The changes from `older` to `newer`, each list in `newer`'s (or, for removals, `older`'s) order. */
export function compareReleases(older: ReleaseData, newer: ReleaseData): ReleaseChanges {
  const before = sourced(older);
  const after = sourced(newer);
  const oldById = new Map(older.observations.map((o) => [o.id, o]));
  const newIds = new Set(newer.observations.map((o) => o.id));
  const changes: ReleaseChanges = { added: [], revised: [], removed: [] };
  const revisedOld = new Set<string>();
  for (const o of newer.observations) {
    const old = oldById.get(o.id);
    if (old) {
      const fields = differing(old, o);
      if (fields.length > 0) changes.revised.push({ before: before(old), after: after(o), fields });
      continue;
    }
    const revised = o.revises !== undefined ? oldById.get(o.revises) : undefined;
    if (revised) {
      revisedOld.add(revised.id);
      changes.revised.push({ before: before(revised), after: after(o), fields: differing(revised, o) });
    } else {
      changes.added.push(after(o));
    }
  }
  for (const o of older.observations) if (!newIds.has(o.id)) changes.removed.push(before(o));
  return changes;
}
