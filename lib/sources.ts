/**
 * The sources page's model: every source with the figures and milestones it backs, all text
 * formatted in the page's language.
 */
import type { Reporter } from '../data/schema';
import { formatDate } from './format';
import { formatObservationPeriod, formatObservationValue, indicatorKey, type Translate } from './observations';
import type { Dataset } from './validate';

export interface SourceFigure {
  id: string;
  indicator: string;
  value: string;
  period: string;
  reporter: Reporter;
  reporterLabel: string;
  computed: boolean;
  confidence: string;
  revises: boolean;
  /** English analyst note from data/ (shown with lang="en"). */
  note?: string;
}

export interface SourceGroup {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string;
  language: string;
  licence: string;
  figures: SourceFigure[];
  milestones: string[];
}

export function groupBySource(dataset: Dataset, locale: string, t: Translate): SourceGroup[] {
  return dataset.sources
    .map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published ? formatDate(s.published, locale) : null,
      url: s.url,
      language: s.language,
      licence: s.licence,
      figures: dataset.observations
        .filter((o) => o.sourceId === s.id)
        .map((o) => ({
          id: o.id,
          indicator: t(indicatorKey(o.indicator)),
          value: formatObservationValue(o, locale, t),
          period: formatObservationPeriod(o, locale, t),
          reporter: o.reporter,
          reporterLabel: t(`reporters.${o.reporter}`),
          computed: o.computed,
          confidence: t(`sources.confidenceLevels.${o.confidence}`),
          revises: o.revises !== undefined,
          ...(o.note ? { note: o.note } : {}),
        })),
      milestones: dataset.milestones.filter((m) => m.sourceId === s.id).map((m) => t(`data.milestones.${m.id}`)),
    }))
    .filter(
      (g) =>
        g.figures.length > 0 ||
        g.milestones.length > 0 ||
        dataset.routeSegments.some((r) => r.geometrySourceId === g.id) ||
        dataset.routeNodes.some((n) => n.coordSourceId === g.id) ||
        usedByMapLayer(dataset, g.id),
    );
}

/** True when a map layer draws, names operators or dates its schedule from the source. */
function usedByMapLayer(dataset: Pick<Dataset, 'mapLayers'>, sourceId: string): boolean {
  return dataset.mapLayers.some((l) => l.geometrySourceId === sourceId || l.operatorsSourceId === sourceId || l.schedule.some((p) => p.sourceId === sourceId));
}
