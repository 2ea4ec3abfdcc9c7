/**
 * How to cite the dashboard, the dataset or one chart: a citation text in the page's language
 * (publisher, title, chart, release, date, address; the date accessed is filled in by the reader's
 * browser), and the same reference as CSL-JSON, which citation-js turns into BibTeX and RIS files
 * in the browser (components/cite/citeFiles.ts, loaded on click).
 */
import { CHART_DEFINITIONS, CHART_IDS } from '../charts/registry';
import type { ChartId } from '../charts/types';
import type { Translate } from '../observations';
import { describeLastUpdated } from './updatedText';
import type { Release } from './release';

/** What a citation is of: the whole dataset, a chart, or the route map. */
export type CitedWork = 'dataset' | ChartId | 'route-map';
export const CITED_WORKS: readonly CitedWork[] = ['dataset', ...CHART_IDS, 'route-map'];

/** Marks where the reader's browser writes today's date (YYYY-MM-DD) into the citation text. */
export const ACCESSED = '{accessed}';
/** Marks where the reader's browser writes the site's origin (a static build does not know where it is served). */
export const ORIGIN = '{origin}';

/** The citation text (or address) with the markers filled in. */
export function fillCitation(text: string, origin: string, accessed: string): string {
  return text.replaceAll(ORIGIN, origin).replaceAll(ACCESSED, accessed);
}

export interface Citation {
  work: CitedWork;
  publisher: string;
  /** The dashboard's title, and the chart's after a colon. */
  title: string;
  release: Release;
  url: string;
  /** "Last updated: 14 October 2025" (a chart's or the map's newest source, lib/release/lastUpdated.ts), or null. */
  updated: string | null;
  /** The citation as text, with ACCESSED where the date accessed goes. */
  text: string;
}

/** The page a work lives on, on `origin`. */
export function workUrl(origin: string, locale: string, work: CitedWork): string {
  if (work === 'dataset') return `${origin}/${locale}/sources/`;
  return `${origin}/${locale}/#${work}`;
}

export function isCitedWork(value: string): value is CitedWork {
  return (CITED_WORKS as readonly string[]).includes(value);
}

/**
 * A citation; `origin` defaults to the ORIGIN marker, for the browser to fill in. `updated` is a
 * chart's or the map's "last updated" date (ISO, as in data/), written in the page's language.
 */
export function makeCitation(args: { work: CitedWork; release: Release; origin?: string; locale: string; t: Translate; updated?: string | null }): Citation {
  const { work, release, origin = ORIGIN, locale, t } = args;
  if (!isCitedWork(work)) throw new Error(`no citation for unknown chart "${String(work)}"`);
  const publisher = t('cite.publisher');
  const part = work === 'dataset' ? t('cite.dataset') : work === 'route-map' ? t('map.heading') : t(CHART_DEFINITIONS[work].titleKey);
  const title = `${t('meta.title')}: ${part}`;
  const url = workUrl(origin, locale, work);
  const updated = describeLastUpdated(args.updated ?? null, locale, t);
  const values = { publisher, title, release: release.id, date: release.date ?? '', url, accessed: ACCESSED };
  const text = updated ? t('cite.chartText', { ...values, updated }) : t('cite.text', values);
  return { work, publisher, title, release, url, updated, text };
}

/** The citation as one CSL-JSON item (what citation-js turns into BibTeX and RIS). */
export function toCsl(c: Citation, locale: string): Record<string, unknown> {
  const [y, m, d] = (c.release.date ?? '').split('-').map(Number);
  return {
    id: `azkz-${c.work}-${c.release.id}`,
    type: 'dataset',
    title: c.title,
    author: [{ literal: c.publisher }],
    publisher: c.publisher,
    version: c.release.id,
    ...(y ? { issued: { 'date-parts': [[y, m, d].filter((n) => n !== undefined && !Number.isNaN(n))] } } : {}),
    URL: c.url,
    ...(c.updated ? { note: c.updated } : {}),
    language: locale,
  };
}
