import { MAP_TEXT } from '../export/mapSvg';

/** The map's name labels on a slide (no legend or attribution inside the drawing: the slide sets those as text). */
const SMALLEST_LABEL = Math.min(MAP_TEXT.place, MAP_TEXT.country, MAP_TEXT.sea);

/**
 * The route map on a slide is the export's map drawing (lib/export/mapSvg.ts) laid out smaller
 * than its box and scaled up, so its smallest name reaches the slide's type floor (`minText`
 * stage px, lib/present/stage.ts) with `margin` to spare. Gives the layout size to compose at and
 * the scale it is shown at; null while the box has no size.
 */
export function mapSlideLayout(box: { width: number; height: number }, minText: number, margin = 1.05): { width: number; height: number; scale: number } | null {
  if (!(box.width > 0) || !(box.height > 0)) return null;
  const scale = (minText / SMALLEST_LABEL) * margin;
  return { width: Math.round(box.width / scale), height: Math.round(box.height / scale), scale };
}
