/**
 * Resolves the figure tokens of speaker notes (`{v:id}` value, `{p:id}` period) against the
 * dataset, so notes never carry a typed number.
 */
import type { Observation } from '../../data/schema';
import { formatObservationPeriod, formatObservationValue, type Translate } from '../observations';

const TOKEN = /\{([vp]):([a-z0-9][a-z0-9.-]*)\}/g;

/** Ids referenced by a note's tokens. */
export function noteTokenIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[2]!);
}

/** Replaces tokens with formatted figures; throws on an unknown id (caught by the unit tests). */
export function resolveNote(args: { text: string; observations: readonly Observation[]; locale: string; t: Translate }): string {
  const byId = new Map(args.observations.map((o) => [o.id, o]));
  return args.text.replace(TOKEN, (_all, kind: string, id: string) => {
    const o = byId.get(id);
    if (!o) throw new Error(`speaker note: unknown observation "${id}"`);
    if (kind === 'v') return formatObservationValue(o, args.locale, args.t);
    return formatObservationPeriod(o, args.locale, args.t);
  });
}
