/**
 * Kept apart from data/schema.ts (which loads zod) so that the charts' browser code can read the
 * list without the validator.
 *
 * What a Middle Corridor (Trans-Caspian route) figure counts: bodies that report it measure
 * different things, so figures of different scopes are never joined (FACTS.md 7c):
 * - `titr-whole-route`: the whole route as Kazakhstan's Ministry of Transport counts it;
 * - `caspian-seaports`: what crosses the Caspian through the seaports of Kazakhstan and Azerbaijan;
 * - `aktau-baku-line`: the Aktau–Baku container line, all operators;
 * - `aktau-baku-line-kmtf`: the same line, Kazmortransflot's (KMTF) ships only;
 * - `port-of-baku`: all cargo or containers handled at the Port of Baku (Alat), every line and direction.
 */
export const SCOPES = ['titr-whole-route', 'caspian-seaports', 'aktau-baku-line', 'aktau-baku-line-kmtf', 'port-of-baku'] as const;
export type Scope = (typeof SCOPES)[number];
