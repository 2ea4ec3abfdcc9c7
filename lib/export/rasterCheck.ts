/**
 * Pure helpers for drawing an exported SVG on a canvas with its embedded fonts (see
 * components/export/rasterize.ts). An SVG drawn as an image loads its `@font-face` fonts on its
 * own, after the image has decoded; text painted before they are ready is invisible. So the
 * rasteriser (1) first draws a small probe image with one glyph of every embedded face and waits
 * until each glyph shows, and (2) checks, on the final canvas, that a line of the real text has
 * ink before it encodes the PNG. These functions find what to probe and where to look.
 */

/** One embedded `@font-face`: its weight and a letter it covers (from its unicode-range). */
export interface FaceSample {
  weight: number;
  glyph: string;
  /** The whole rule, as a cache key (same rule, same font data). */
  rule: string;
}

const FACE_RULE = /@font-face\s*\{[^}]*\}/g;
const LETTER = /\p{L}/u;

/** The first letter inside a unicode-range descriptor (`U+0000-00FF,U+0131`), or null. */
export function pickRangeLetter(range: string): string | null {
  for (const part of range.split(',')) {
    const m = /U\+([0-9A-F]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) continue;
    const from = Number.parseInt(m[1]!, 16);
    const to = m[2] ? Number.parseInt(m[2], 16) : from;
    for (let code = from; code <= to; code++) {
      const ch = String.fromCodePoint(code);
      if (LETTER.test(ch)) return ch;
    }
  }
  return null;
}

/** The faces declared in a stylesheet, each with a letter to probe it (faces without a range get 'A'). */
export function readFontFaces(css: string): FaceSample[] {
  return [...css.matchAll(FACE_RULE)].map(([rule]) => {
    const weight = Number(/font-weight\s*:\s*(\d+)/.exec(rule)?.[1] ?? 400);
    const range = /unicode-range\s*:\s*([^;}]+)/.exec(rule)?.[1];
    return { weight, glyph: (range ? pickRangeLetter(range) : null) ?? 'A', rule };
  });
}

/** The stylesheet embedded in an exported SVG document (`<style>` with CDATA), or ''. */
export function readEmbeddedCss(svg: string): string {
  return [...svg.matchAll(/<style[^>]*>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/style>/g)].map((m) => m[1]).join('\n');
}

/** Size of a probe cell (px): one glyph per cell, in a row. */
export const PROBE_CELL = 40;

/** A tiny SVG that draws one glyph of every face, each in its own cell, black on transparent. */
export function composeFontProbe(css: string, faces: readonly FaceSample[]): string {
  const cells = faces
    .map((f, i) => `<text x="${i * PROBE_CELL + 6}" y="${PROBE_CELL - 10}" font-family="'Noto Sans'" font-size="${PROBE_CELL - 12}" font-weight="${f.weight}" fill="#000">${f.glyph}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${faces.length * PROBE_CELL}" height="${PROBE_CELL}"><defs><style type="text/css"><![CDATA[${css}]]></style></defs>${cells}</svg>`;
}

/** For each probe cell, whether anything was painted in it (RGBA of the whole probe). */
export function readProbeCells(rgba: ArrayLike<number>, cells: number): boolean[] {
  const width = cells * PROBE_CELL;
  return Array.from({ length: cells }, (_, i) => {
    for (let y = 0; y < PROBE_CELL; y++) {
      for (let x = i * PROBE_CELL; x < (i + 1) * PROBE_CELL; x++) if (rgba[(y * width + x) * 4 + 3]! > 0) return true;
    }
    return false;
  });
}

/** A box in the SVG's viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box of the first line of text written as `<text x y font-size>` at the top level of the
 * document (how the export writes the title, legend and footer lines; text inside a nested `<svg>`
 * has coordinates of its own, and a halo without fill shows no ink), covering its first few
 * letters; null if there is none.
 */
export function findFirstTextBox(svg: string): Box | null {
  const TEXT = /<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-size="([\d.]+)"([^>]*)>([^<]+)<\/text>/g;
  for (const m of svg.matchAll(TEXT)) {
    const before = svg.slice(0, m.index);
    const depth = (before.match(/<svg\b/g) ?? []).length - (before.match(/<\/svg>/g) ?? []).length;
    if (depth !== 1 || /\bfill="none"/.test(m[4]!)) continue;
    const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const letters = Math.min(m[5]!.trim().length, 6);
    if (!(size > 0) || letters === 0) continue;
    // From above the tallest letters to below the baseline, over the first letters.
    return { x, y: y - size, width: letters * size * 0.5, height: size * 1.2 };
  }
  return null;
}

/** The width and height of the SVG's viewBox (or of the document when it has none). */
export function readViewBox(svg: string): { width: number; height: number } | null {
  const vb = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return size ? { width: Number(size[1]), height: Number(size[2]) } : null;
}

/**
 * Pixels of an RGBA block that differ from its background (the most common colour on the block's
 * edge) by more than `tolerance` in some channel: the ink of the text drawn there.
 */
export function countInk(rgba: ArrayLike<number>, width: number, height: number, tolerance = 64): number {
  const key = (i: number) => `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]},${rgba[i + 3]}`;
  const edge = new Map<string, number>();
  for (let x = 0; x < width; x++) {
    for (const y of [0, height - 1]) edge.set(key((y * width + x) * 4), (edge.get(key((y * width + x) * 4)) ?? 0) + 1);
  }
  for (let y = 0; y < height; y++) {
    for (const x of [0, width - 1]) edge.set(key((y * width + x) * 4), (edge.get(key((y * width + x) * 4)) ?? 0) + 1);
  }
  const background = [...edge.entries()].sort((a, b) => b[1] - a[1])[0]?.[0].split(',').map(Number) ?? [0, 0, 0, 0];
  let ink = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    if ([0, 1, 2, 3].some((c) => Math.abs(rgba[i + c]! - background[c]!) > tolerance)) ink++;
  }
  return ink;
}
