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
import type { ChartSlideDef } from '../charts/module';
import { CHART_IDS, CHART_MODULES, type ChartModuleOf } from '../charts/registry';
import type { ChartId } from '../charts/types';
import { SLIDE_IDS, type SlideId } from './deck';
import { resolveNote } from './notes';

/** The part of a chart's view a slide draws (each chart's module lists its slides: lib/charts/<chart>/parts.ts). */
export type ChartSlidePart = { [C in ChartId]: ChartModuleOf<C>['slides'][number] extends infer S ? (S extends { id: string } ? Omit<S, 'id'> & { chart: C } : never) : never }[ChartId];

/** The ids of the charts' slides (each is also in SLIDE_IDS: the type checker says so). */
type ChartSlideId = { [C in ChartId]: ChartModuleOf<C>['slides'][number]['id'] }[ChartId];
const CHART_SLIDE_IDS_ARE_SLIDE_IDS: readonly SlideId[] = [] as ChartSlideId[];
void CHART_SLIDE_IDS_ARE_SLIDE_IDS;

export type SlideDefinition = { kind: 'title' } | { kind: 'headlines' } | { kind: 'map' } | ({ kind: 'chart' } & ChartSlidePart);

/** The slides that draw no chart. */
const OTHER_SLIDES: Partial<Record<SlideId, SlideDefinition>> = {
  title: { kind: 'title' },
  headlines: { kind: 'headlines' },
  'route-map': { kind: 'map' },
};

const CHART_SLIDES = new Map<string, SlideDefinition>(
  CHART_IDS.flatMap((chart) => (CHART_MODULES[chart].slides as readonly ChartSlideDef[]).map(({ id, ...part }) => [id, { kind: 'chart', chart, ...part } as SlideDefinition] as const)),
);

export const SLIDE_DEFINITIONS = Object.fromEntries(SLIDE_IDS.map((id) => [id, OTHER_SLIDES[id] ?? CHART_SLIDES.get(id)!])) as Record<SlideId, SlideDefinition>;

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

export { pageOf } from '../charts/paging';

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
