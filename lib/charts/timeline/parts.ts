/** The timeline's parts in fixed-size exports and its deck slides: the milestones in pages. */
import type { SizePreset } from '../../export/presets';

/**
 * Pages the milestones take: a page holds about nine at the type floor on the square (titles wrap
 * there), thirteen on the landscape sizes and the PDF's A4 page. 31 milestones (December 2026):
 * four pages of eight on the square, three of eleven elsewhere (a test checks the per-page count
 * against the data, so adding milestones tells you when a page must be added).
 */
export function countTimelinePages(preset: SizePreset | 'pdf'): number {
  return preset === 'square' ? 4 : 3;
}

/** Most milestones a page can hold at the type floor, per size (see above). */
export const TIMELINE_PAGE_CAPACITY = { square: 9, landscape: 13 } as const;

export const timelineParts = [{ id: 'timeline', panel: 'milestones', paging: { pages: countTimelinePages, whole: false } }] as const;

export const timelineSlides = [
  { id: 'timeline-1', panel: 'milestones', page: 1, pages: 3 },
  { id: 'timeline-2', panel: 'milestones', page: 2, pages: 3 },
  { id: 'timeline-3', panel: 'milestones', page: 3, pages: 3 },
] as const;
