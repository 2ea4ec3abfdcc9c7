/**
 * The timeline in the .pptx: no chart type of PowerPoint draws it, so each deck page of it is a
 * picture from the export pipeline (lib/present/pptxRegistry.ts).
 */
import { pageOf } from '../../present/slides';
import type { TimelineView } from './view';

export const timelinePptxPicture = {
  /** Width to height of the picture, and the smallest text of its layout, px. */
  ratio: 2.4,
  smallestPx: 12,
  /** What page `page` of `pages` shows, for its alt text: each milestone with its date (the deck's own split). */
  pageItems: (view: TimelineView, page: number, pages: number): string[] => pageOf(view.chart.markers, page, pages).map((m) => `${m.dateLabel}: ${m.title}`),
};
