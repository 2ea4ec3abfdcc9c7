/**
 * The headline cards of the first page: which observations each card shows (pure selection rules
 * over the dataset, so a new figure in data/ updates the card) and their formatted text.
 */
import type { IndicatorId, Observation, Reporter, Source } from '../data/schema';
import { formatDate } from './format';
import { formatObservationPeriod, formatObservationValue, isAnnual, latest, type Translate } from './observations';

export const HEADLINE_IDS = ['trade', 'investKzAz', 'investAzKz', 'companies', 'oil', 'documents'] as const;
export type HeadlineId = (typeof HEADLINE_IDS)[number];

interface Rule {
  id: HeadlineId;
  indicator: IndicatorId;
  /** One figure per listed reporter (trade), or the single latest figure whoever reported it. */
  perReporter?: readonly Reporter[];
  /** Only full calendar years of flows (a partial year is never this card's headline). */
  annualOnly?: boolean;
  measures: readonly Observation['measure'][];
}

const RULES: readonly Rule[] = [
  // Each side's latest figure, a part of a year included: the card writes its period beside it.
  { id: 'trade', indicator: 'trade.turnover', perReporter: ['AZ', 'KZ'], measures: ['flow'] },
  { id: 'investKzAz', indicator: 'invest.kz-to-az', measures: ['cumulative'] },
  { id: 'investAzKz', indicator: 'invest.az-to-kz', measures: ['cumulative'] },
  { id: 'companies', indicator: 'companies.kz-capital-in-az', measures: ['stock'] },
  { id: 'oil', indicator: 'oil.aktau-to-baku', annualOnly: true, measures: ['flow'] },
  { id: 'documents', indicator: 'documents.signed', measures: ['stock'] },
];

export interface HeadlineSelection {
  id: HeadlineId;
  observations: Observation[];
}

/** Picks each card's observations; a card with nothing to show is left out. */
export function selectHeadlines(observations: readonly Observation[]): HeadlineSelection[] {
  return RULES.map((rule) => {
    const base = (o: Observation) =>
      o.indicator === rule.indicator && rule.measures.includes(o.measure) && (!rule.annualOnly || isAnnual(o)) && !o.computed;
    const picked = rule.perReporter
      ? rule.perReporter.map((r) => latest(observations, (o) => base(o) && o.reporter === r))
      : [latest(observations, base)];
    return { id: rule.id, observations: picked.filter((o): o is Observation => o !== undefined) };
  }).filter((s) => s.observations.length > 0);
}

/** A figure as the card shows it: all text already in the page's language. */
export interface HeadlineFigure {
  observationId: string;
  value: string;
  period: string;
  reporter: Reporter;
  reporterLabel: string;
  source: { id: string; publisher: string; title: string; published: string | null; url: string };
}

export interface HeadlineCardModel {
  id: HeadlineId;
  title: string;
  figures: HeadlineFigure[];
}

export function buildHeadlineCards(
  selections: readonly HeadlineSelection[],
  sources: readonly Source[],
  locale: string,
  t: Translate,
): HeadlineCardModel[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return selections.map((sel) => ({
    id: sel.id,
    title: t(`cards.${sel.id}`),
    figures: sel.observations.map((o) => {
      const source = byId.get(o.sourceId);
      if (!source) throw new Error(`headline ${sel.id}: unknown source "${o.sourceId}" of record "${o.id}"`);
      return {
        observationId: o.id,
        value: formatObservationValue(o, locale, t),
        period: formatObservationPeriod(o, locale, t),
        reporter: o.reporter,
        reporterLabel: t(`reportedBy.${o.reporter}`),
        source: {
          id: source.id,
          publisher: source.publisher,
          title: source.title,
          published: source.published ? formatDate(source.published, locale) : null,
          url: source.url,
        },
      };
    }),
  }));
}
