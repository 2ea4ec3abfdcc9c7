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

/**
 * The slides' type scale, in px of the stage (1600 px wide): no text smaller than `min` and no
 * running text smaller than `running`. On a 1920 px wide screen (scale 1.2) that is 24 and 32 px;
 * on other screens the same in proportion to the stage's scale. e2e/slides-layout.spec.ts holds
 * every slide to it.
 */
export const SLIDE_TYPE = { min: 20, running: 80 / 3, stageWidth: STAGE_WIDTH } as const;
