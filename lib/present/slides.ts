/**
 * What each slide of the deck shows, and the slide list in the page's language (names and speaker
 * notes, figures resolved from the dataset).
 *
 * A chart slide names its chart and the part of the chart's view it draws, so the deck, the print,
 * the presenter view and the .pptx export all build a chart slide from the same chart view
 * (lib/charts/build.ts) and this definition, generically.
 */
import type { Observation } from '../../data/schema';
import { speakerNotes } from '../../data/speakerNotes';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../observations';
import { CHART_MODULES } from '../charts/registry';
import type { ChartId } from '../charts/types';
import { SLIDE_IDS, type SlideId } from './deck';
import { resolveNote } from './notes';

/** The part of a chart's view a slide draws. */
export type ChartSlidePart =
  | { chart: 'trade-turnover'; panel: 'years' | 'partYears' }
  | { chart: 'investment-flows'; panel: 'kzToAz' | 'azToKz' | 'companies' }
  | { chart: 'oil-volumes'; panel: 'annual' | 'running' }
  /** Page `page` (1-based) of `pages`: the milestones split into equal runs in date order. */
  | { chart: 'timeline'; panel: 'milestones'; page: number; pages: number };

export type SlideDefinition = { kind: 'title' } | { kind: 'headlines' } | { kind: 'map' } | ({ kind: 'chart' } & ChartSlidePart);

export const SLIDE_DEFINITIONS: Record<SlideId, SlideDefinition> = {
  title: { kind: 'title' },
  headlines: { kind: 'headlines' },
  'trade-years': { kind: 'chart', chart: 'trade-turnover', panel: 'years' },
  'trade-part-years': { kind: 'chart', chart: 'trade-turnover', panel: 'partYears' },
  'investment-az-to-kz': { kind: 'chart', chart: 'investment-flows', panel: 'azToKz' },
  'investment-kz-to-az': { kind: 'chart', chart: 'investment-flows', panel: 'kzToAz' },
  'investment-companies': { kind: 'chart', chart: 'investment-flows', panel: 'companies' },
  'oil-annual': { kind: 'chart', chart: 'oil-volumes', panel: 'annual' },
  'oil-running': { kind: 'chart', chart: 'oil-volumes', panel: 'running' },
  'route-map': { kind: 'map' },
  'timeline-1': { kind: 'chart', chart: 'timeline', panel: 'milestones', page: 1, pages: 2 },
  'timeline-2': { kind: 'chart', chart: 'timeline', panel: 'milestones', page: 2, pages: 2 },
};

/** The chart a slide draws from, if any. */
export function chartOfSlide(id: SlideId): ChartId | null {
  const def = SLIDE_DEFINITIONS[id];
  return def.kind === 'chart' ? def.chart : null;
}

/** Slides whose chart can be narrowed by reporter, and by years (the slide chooser's options). */
export function slideFilters(id: SlideId): { reporters: boolean; years: boolean } {
  const chart = chartOfSlide(id);
  return chart === null ? { reporters: false, years: false } : CHART_MODULES[chart].slideOptions;
}

/** The items of page `page` (1-based) of `pages`: equal runs in order, the first pages one longer. */
export function pageOf<T>(items: readonly T[], page: number, pages: number): T[] {
  const size = Math.floor(items.length / pages);
  const extra = items.length % pages;
  const start = (page - 1) * size + Math.min(page - 1, extra);
  return items.slice(start, start + size + (page <= extra ? 1 : 0));
}

export interface SlideMetaModel {
  id: SlideId;
  label: string;
  notes: string;
}

export function buildSlideMeta(args: { observations: readonly Observation[]; locale: Locale; t: Translate }): SlideMetaModel[] {
  return SLIDE_IDS.map((id) => ({
    id,
    label: args.t(`present.slides.${id}`),
    notes: resolveNote({ text: speakerNotes[id][args.locale], observations: args.observations, locale: args.locale, t: args.t }),
  }));
}
