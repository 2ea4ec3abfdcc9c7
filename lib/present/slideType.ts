/**
 * Sizes of the chart slides, in px of the 1600 px stage: the plots' type and the room their labels
 * need. Room is reserved from the labels' own text (their length at the type size), so a long
 * Kazakh or Russian label, or a long number, gets its room by design rather than by luck.
 */

/** Type of the plots on a slide: axis ticks and value labels (the stage minimum is 20 px). */
export const SLIDE_PLOT_FONT = 24;

/**
 * Widest advance of a character of Noto Sans, in em, for the text the plots write (bold digits
 * are ≈ 0.57 em, Cyrillic capitals up to ≈ 0.72 em): an upper bound of a label's width.
 */
const EM_PER_CHAR = { digits: 0.62, text: 0.66 } as const;

/** Width, px, that a label of this text takes at `fontPx` (an upper bound). */
export function labelWidth(text: string, fontPx: number = SLIDE_PLOT_FONT): number {
  const digitsOnly = /^[\d\s.,\u00a0\u202f%–-]*$/.test(text);
  return Math.ceil([...text].length * fontPx * (digitsOnly ? EM_PER_CHAR.digits : EM_PER_CHAR.text));
}

/** Room, px, for the widest of these labels plus a gap. */
export function roomFor(texts: readonly string[], fontPx: number = SLIDE_PLOT_FONT, gap = 16): number {
  return texts.reduce((w, t) => Math.max(w, labelWidth(t, fontPx)), 0) + gap;
}

/** Margins of the slide plots, px. */
export function slideMargin(args: { right?: number; top?: number; left?: number; bottom?: number } = {}) {
  return { top: args.top ?? 16, right: args.right ?? 24, bottom: args.bottom ?? 20, left: args.left ?? 8 };
}
