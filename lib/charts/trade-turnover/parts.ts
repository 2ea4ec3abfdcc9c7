/** The trade chart's parts in fixed-size exports and its deck slides: the calendar years, the parts of a year, the difference between the sides. */
import type { SizePreset } from '../../export/presets';

/**
 * Pages the part-year trade periods take: on the square, ten periods with their labels at the type
 * floor leave no room for the source lines under them (the layout audit measured 18 px where 24 px
 * is the floor), so they go over two images; one elsewhere.
 */
export function countPartYearPages(preset: SizePreset | 'pdf'): number {
  return preset === 'square' ? 2 : 1;
}

export const tradeTurnoverParts = [
  { id: 'trade-years', panel: 'years' },
  { id: 'trade-part-years', panel: 'partYears', paging: { pages: countPartYearPages, whole: true } },
  // The difference between the two sides' figures (computed), the card's other view (`trade=gap`).
  { id: 'trade-gap', panel: 'gap', shownAs: { trade: 'gap' } },
] as const;

export const tradeTurnoverSlides = [
  { id: 'trade-years', panel: 'years' },
  { id: 'trade-part-years', panel: 'partYears' },
  { id: 'trade-gap', panel: 'gap' },
] as const;
