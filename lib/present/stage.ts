/** Logical width of a slide, px. Everything on a slide is laid out for this width. */
export const STAGE_WIDTH = 1600;
/** Logical heights for 16:9 and 4:3 screens, px; other screens get a height in between. */
export const STAGE_MIN_HEIGHT = 900;
export const STAGE_MAX_HEIGHT = 1200;

/** The stage height that best fills a box of this aspect, and the scale that fits it in. */
export function stageSize(boxWidth: number, boxHeight: number): { height: number; scale: number } {
  if (!(boxWidth > 0) || !(boxHeight > 0)) return { height: STAGE_MIN_HEIGHT, scale: 1 };
  const height = Math.round(Math.min(STAGE_MAX_HEIGHT, Math.max(STAGE_MIN_HEIGHT, (STAGE_WIDTH * boxHeight) / boxWidth)));
  const scale = Math.min(boxWidth / STAGE_WIDTH, boxHeight / height);
  return { height, scale };
}
