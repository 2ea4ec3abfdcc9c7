import type { CorridorPanelView } from './view';

/**
 * Room, px, above a panel's plot for its targets far above the figures, written at `font` px
 * (none: 0). Its own module: the card's chart component needs it in the browser, and importing
 * it from view.ts brought the whole view builder into the dashboard's first view.
 */
export function roomForTargetsAbove(panel: Pick<CorridorPanelView, 'targets'>, font: number): number {
  const count = panel.targets.filter((tg) => !tg.onScale).length;
  return count ? Math.ceil(count * font * 1.3 + 6) : 0;
}
