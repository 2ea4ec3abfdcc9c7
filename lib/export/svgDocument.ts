/**
 * Pure pieces of an exported SVG: escaping, the font subsets the text needs, the embedded
 * `@font-face` rules and the document around the drawn content. The result has literal colours,
 * no external references and no `foreignObject`, so it opens alike in browsers, Inkscape and
 * librsvg (which fall back to an installed Noto Sans / sans-serif if they ignore `@font-face`).
 */

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The unicode-range subsets of the fonts embedded into SVG exports (the ranges @fontsource uses). */
export const FONT_SUBSETS = {
  latin: [[0x0000, 0x00ff], [0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6], [0x02da], [0x02dc], [0x0304], [0x0308], [0x0329], [0x2000, 0x206f], [0x20ac], [0x2122], [0x2191], [0x2193], [0x2212], [0x2215], [0xfeff], [0xfffd]],
  'latin-ext': [[0x0100, 0x02ba], [0x02bd, 0x02c5], [0x02c7, 0x02cc], [0x02ce, 0x02d7], [0x02dd, 0x02ff], [0x1d00, 0x1dbf], [0x1e00, 0x1e9f], [0x1ef2, 0x1eff], [0x2020], [0x20a0, 0x20ab], [0x20ad, 0x20c0], [0x2113], [0x2c60, 0x2c7f], [0xa720, 0xa7ff]],
  cyrillic: [[0x0301], [0x0400, 0x045f], [0x0490, 0x0491], [0x04b0, 0x04b1], [0x2116]],
  'cyrillic-ext': [[0x0460, 0x052f], [0x1c80, 0x1c8a], [0x20b4], [0x2de0, 0x2dff], [0xa640, 0xa69f], [0xfe2e, 0xfe2f]],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export type FontSubset = keyof typeof FONT_SUBSETS;
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Whether the code point lies in the subset's unicode range. */
export function inSubset(code: number, subset: FontSubset): boolean {
  return FONT_SUBSETS[subset].some((r) => code >= r[0]! && code <= (r[1] ?? r[0]!));
}

/**
 * The code points each subset's embedded font holds: `codes` (the characters the dashboard can
 * show) split by unicode range. A code point outside every range is in none (the export draws it
 * in the system font, as the page does for the few signs Noto Sans lacks).
 */
export function splitBySubset(codes: readonly number[]): Record<FontSubset, number[]> {
  const subsets = Object.keys(FONT_SUBSETS) as FontSubset[];
  return Object.fromEntries(subsets.map((s) => [s, codes.filter((c) => inSubset(c, s))])) as Record<FontSubset, number[]>;
}

/** The subsets needed to draw `text` (latin always: digits and punctuation). */
export function pickFontSubsets(text: string): FontSubset[] {
  const needed = new Set<FontSubset>(['latin']);
  const subsets = Object.keys(FONT_SUBSETS) as FontSubset[];
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0)!;
    const subset = subsets.find((s) => inSubset(code, s));
    if (subset) needed.add(subset);
  }
  return subsets.filter((s) => needed.has(s));
}

/**
 * Path of a font file embedded into SVG exports: Noto Sans cut to the characters of the subset's
 * range that the dashboard can show (scripts/build-fonts.ts).
 */
export function makeFontPath(subset: FontSubset, weight: FontWeight): string {
  return `/export/fonts/noto-sans-${subset}-${weight}-normal.woff2`;
}

/** Unicode-range descriptor text of a subset (`U+0000-00FF,U+0131`). */
export function formatUnicodeRange(subset: FontSubset): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return FONT_SUBSETS[subset].map((r) => (r.length === 2 ? `U+${hex(r[0]!)}-${hex(r[1]!)}` : `U+${hex(r[0]!)}`)).join(',');
}

/** A `@font-face` rule with the font inline as base64 woff2. */
export function makeFontFace(args: { subset: FontSubset; weight: FontWeight; base64: string }): string {
  return (
    `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${args.weight};` +
    `src:url(data:font/woff2;base64,${args.base64}) format('woff2');unicode-range:${formatUnicodeRange(args.subset)};}`
  );
}

/** Font stack written on every text element. */
export const EXPORT_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/**
 * A whole SVG file: `size` is the image size (px at 1x), `viewBox` the layout size the content was
 * drawn at. `background` null leaves it transparent.
 */
export function composeSvgDocument(args: {
  size: { width: number; height: number };
  viewBox: { width: number; height: number };
  title: string;
  description: string;
  fontCss: string;
  background: string | null;
  body: string;
  lang: string;
}): string {
  const { size, viewBox, title, description, fontCss, background, body, lang } = args;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${size.width}" height="${size.height}" viewBox="0 0 ${viewBox.width} ${viewBox.height}" xml:lang="${escapeXml(lang)}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    fontCss ? `<defs><style type="text/css"><![CDATA[${fontCss}]]></style></defs>` : '',
    background ? `<rect x="0" y="0" width="${viewBox.width}" height="${viewBox.height}" fill="${escapeXml(background)}"/>` : '',
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Reads width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
