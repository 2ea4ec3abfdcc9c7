/**
 * Image sizes offered by the Export menu. A preset has a layout size (CSS pixels: the chart is laid
 * out at this size, so text stays readable on a slide) and an output size (image pixels at 1x);
 * the scale (1x, 2x, 4x) multiplies the output size.
 */
export const SIZE_PRESETS = ['slide-16x9', 'slide-4x3', 'a4-landscape', 'square', 'screen'] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number];

export const SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof SCALES)[number];

/** Width and height in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/** Layout size (CSS px) and 1x output size (image px) of a preset. */
export interface PresetSize {
  layout: PixelSize;
  output: PixelSize;
}

const FIXED: Record<Exclude<SizePreset, 'screen'>, PresetSize> = {
  'slide-16x9': { layout: { width: 1280, height: 720 }, output: { width: 1920, height: 1080 } },
  'slide-4x3': { layout: { width: 1200, height: 900 }, output: { width: 1600, height: 1200 } },
  // 297 x 210 mm: 96 dpi layout, 150 dpi output.
  'a4-landscape': { layout: { width: 1123, height: 794 }, output: { width: 1754, height: 1240 } },
  square: { layout: { width: 720, height: 720 }, output: { width: 1080, height: 1080 } },
};

/**
 * The sizes of a preset. `screen` is the chart as it is on the page: `onScreen` is its width there
 * and its height is left to the content (`height: 0` means "as tall as the content").
 */
export function resolvePresetSize(preset: SizePreset, onScreen: PixelSize = { width: 960, height: 0 }): PresetSize {
  if (preset === 'screen') {
    const size = { width: Math.round(onScreen.width), height: Math.round(onScreen.height) };
    return { layout: size, output: size };
  }
  return FIXED[preset];
}

/** The smallest text of a 1080-pixel-high image (px), as on a 1920x1080 slide. */
export const MIN_TEXT_AT_1080 = 24;

/**
 * The smallest text a preset's image may carry, in image pixels at 1x: 24 px on the 1920x1080
 * image, in proportion to the height for the other fixed sizes (26.7 px on 1600x1200, 27.6 px on
 * A4 at 150 dpi, 24 px on the 1080 square), so the text is as large a share of the picture as on a
 * slide. `screen` (the chart as it is on the page) has no floor: null.
 */
export function computeMinTextPx(size: PresetSize): number | null {
  if (size.layout.height <= 0) return null;
  return (MIN_TEXT_AT_1080 * size.output.height) / 1080;
}

/**
 * The layout size at which text of `smallest` CSS px comes out at least `minText` image px: the
 * preset's own layout if it already does, else a smaller layout of the same shape (the image is
 * the same size, so everything in it, text included, is drawn larger).
 */
export function fitLayoutToText(size: PresetSize, smallest: number, minText: number | null): PixelSize {
  if (minText === null || smallest <= 0) return size.layout;
  const scale = size.output.height / size.layout.height;
  if (smallest * scale >= minText) return size.layout;
  const factor = (smallest * size.output.height) / minText / size.layout.height;
  return { width: Math.floor(size.layout.width * factor), height: Math.floor(size.layout.height * factor) };
}

/** Pixel size of the PNG: the output size times the scale. */
export function computePixelSize(output: PixelSize, scale: ExportScale): PixelSize {
  return { width: Math.round(output.width * scale), height: Math.round(output.height * scale) };
}

/** Parses `1`, `2`, `4` (also `"2x"`); anything else is 2x. */
export function parseScale(text: string | number): ExportScale {
  const n = typeof text === 'number' ? text : Number.parseInt(text, 10);
  return (SCALES as readonly number[]).includes(n) ? (n as ExportScale) : 2;
}
