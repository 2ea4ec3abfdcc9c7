/**
 * The "what changed" page's model: every release, newest first, with the figures added, revised
 * and removed since the one before (lib/release/changes.ts), all text in the page's language.
 */
import type { Observation, Source } from '../../data/schema';
import { formatDate } from '../format';
import { formatObservationPeriod, formatObservationValue, indicatorKey, type Translate } from '../observations';
import type { Dataset } from '../validate';
import { compareReleases, type SourcedFigure } from './changes';
import { releaseFilePath, type Release } from './release';

export interface ReleaseEntry {
  id: string;
  /** "Data as of 28 January 2026", or null for an undated release. */
  asOf: string | null;
  current: boolean;
  csv: string;
  json: string;
  /** "First release: 123 figures." for the oldest release; null otherwise. */
  first: string | null;
  added: string[];
  revised: { figure: string; values: string; sources: string }[];
  removed: string[];
  /** "No figure changed …" when the release changed nothing but other records; null otherwise. */
  none: string | null;
}

function sourceName(s: Source | null): string {
  return s ? `${s.publisher}, ${s.title}` : '—';
}

export function buildReleaseHistory(releases: readonly { release: Release; data: Pick<Dataset, 'observations' | 'sources'> }[], currentId: string, locale: string, t: Translate): ReleaseEntry[] {
  const figure = (o: Observation) =>
    t('changes.figure', { indicator: t(indicatorKey(o.indicator)), period: formatObservationPeriod(o, locale, t), reporter: t(`reporters.${o.reporter}`) });
  const line = (f: SourcedFigure) => `${figure(f.observation)}: ${formatObservationValue(f.observation, locale, t)} (${t('changes.source', { source: sourceName(f.source) })})`;
  return releases
    .map(({ release, data }, i): ReleaseEntry => {
      const base = {
        id: release.id,
        asOf: release.date ? t('changes.asOf', { date: formatDate(release.date, locale) }) : null,
        current: release.id === currentId,
        csv: releaseFilePath(release.id, 'dataset.csv'),
        json: releaseFilePath(release.id, 'dataset.json'),
      };
      const previous = releases[i - 1];
      if (!previous) return { ...base, first: t('changes.first', { count: data.observations.length }), added: [], revised: [], removed: [], none: null };
      const changes = compareReleases(previous.data, data);
      const count = changes.added.length + changes.revised.length + changes.removed.length;
      return {
        ...base,
        first: null,
        added: changes.added.map(line),
        revised: changes.revised.map((r) => ({
          figure: figure(r.after.observation),
          values: t('changes.revision', { before: formatObservationValue(r.before.observation, locale, t), after: formatObservationValue(r.after.observation, locale, t) }),
          sources: t('changes.sources', { before: sourceName(r.before.source), after: sourceName(r.after.source) }),
        })),
        removed: changes.removed.map(line),
        none: count === 0 ? t('changes.none') : null,
      };
    })
    .reverse();
}
