/** The timeline's parts in fixed-size exports and its deck slides: the milestones in pages. */
import type { SizePreset } from '../../export/presets';

/**
 * Pages the milestones take: a page holds about nine at the type floor on the square (titles wrap
 * there), thirteen on the landscape sizes and the PDF's A4 page.
 */
export function countTimelinePages(preset: SizePreset | 'pdf'): number {
  return preset === 'square' ? 3 : 2;
}

export const timelineParts = [{ id: 'timeline', panel: 'milestones', paging: { pages: countTimelinePages, whole: false } }] as const;

export const timelineSlides = [
  { id: 'timeline-1', panel: 'milestones', page: 1, pages: 2 },
  { id: 'timeline-2', panel: 'milestones', page: 2, pages: 2 },
] as const;
