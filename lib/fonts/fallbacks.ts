/**
 * Metric-matched fallback faces for the page's web font. Until Noto Sans arrives (font-display:
 * swap) the page is drawn in a system font; scaled and with its line box set to Noto Sans's, that
 * font takes the same room, so nothing moves when Noto Sans replaces it (no layout shift), whatever
 * the visitor's system has.
 *
 * Each fallback is a family of `@font-face` rules over `local()` fonts, one rule per weight and
 * script: its `size-adjust` makes the fallback's average advance, weighted by how often each
 * character occurs in the dashboard's own text, equal Noto Sans's; `ascent-override`,
 * `descent-override` and `line-gap-override` give it Noto Sans's line box. @capsizecss/core does
 * the arithmetic (`createFontStack`); scripts/build-fonts.ts reads the metrics and advances from the
 * font files and writes the CSS at build time.
 */
import { createFontStack } from '@capsizecss/core';

/** A font's vertical metrics, in font units (as @capsizecss/unpack reads them). */
export interface LineMetrics {
  familyName: string;
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
}

/** Scripts whose letters differ enough in width between fonts to get a rule of their own. */
export const SCRIPTS = {
  /** Everything not covered by a narrower script: Latin letters, digits, spaces, punctuation. */
  base: { unicodeRange: undefined },
  cyrillic: { unicodeRange: 'U+0400-052F' },
} as const;
export type Script = keyof typeof SCRIPTS;

/** Which script's rule draws a character. */
export function scriptOf(codePoint: number): Script {
  return codePoint >= 0x400 && codePoint <= 0x52f ? 'cyrillic' : 'base';
}

/** How often each character occurs in `text`, split by script (white space other than " " left out). */
export function characterFrequencies(text: string): Record<Script, Map<number, number>> {
  const out: Record<Script, Map<number, number>> = { base: new Map(), cyrillic: new Map() };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp !== 0x20 && /\s/.test(ch))) continue;
    const table = out[scriptOf(cp)];
    table.set(cp, (table.get(cp) ?? 0) + 1);
  }
  return out;
}

/**
 * The frequency-weighted average advance, in ems, of the characters both fonts have
 * (`advance` gives a character's advance in ems, or undefined where the font lacks it).
 */
export function averageAdvance(frequencies: Map<number, number>, advance: (codePoint: number) => number | undefined, alsoHas: (codePoint: number) => boolean): number {
  let width = 0;
  let count = 0;
  for (const [cp, n] of frequencies) {
    const a = advance(cp);
    if (a === undefined || !alsoHas(cp)) continue;
    width += a * n;
    count += n;
  }
  if (count === 0) throw new Error('averageAdvance: no character of the sample is in both fonts');
  return width / count;
}

export interface FallbackRule {
  /** The family the page's font stack names, e.g. "Noto Sans Fallback Arial". */
  family: string;
  /** `local()` names to try, in order (full names and PostScript names). */
  locals: readonly string[];
  weight: number;
  script: Script;
  web: LineMetrics;
  fallback: LineMetrics;
  /** Average advance in ems over the dashboard's text, in the web font and in the fallback. */
  webAdvance: number;
  fallbackAdvance: number;
}

const quote = (name: string) => `'${name.replace(/['\\]/g, '')}'`;

/** One `@font-face` rule that makes `fallback` take the room `web` takes. */
export function fallbackFontFace(rule: FallbackRule): string {
  // Only the line metrics: capsize would otherwise prefer its own Latin average (`subsets`).
  const metrics = ({ familyName, ascent, descent, lineGap, unitsPerEm }: LineMetrics, advance: number) => ({ familyName, ascent, descent, lineGap, unitsPerEm, xWidthAvg: advance * unitsPerEm });
  const { fontFaces } = createFontStack([metrics(rule.web, rule.webAdvance), metrics(rule.fallback, rule.fallbackAdvance)],
{ fontFaceFormat: 'styleObject' });
  const face = fontFaces[0]!['@font-face'];
  const range = SCRIPTS[rule.script].unicodeRange;
  return [
    '@font-face {',
    `  font-family: ${quote(rule.family)};`,
    `  src: ${rule.locals.map((l) => `local(${quote(l)})`).join(', ')};`,
    `  font-weight: ${rule.weight};`,
    '  font-style: normal;',
    range ? `  unicode-range: ${range};` : '',
    `  ascent-override: ${face.ascentOverride};`,
    `  descent-override: ${face.descentOverride};`,
    `  line-gap-override: ${face.lineGapOverride ?? '0%'};`,
    `  size-adjust: ${face.sizeAdjust};`,
    '}',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The fallback families in the order the page's font stack names them. `Arial` stands for every
 * font with Arial's metrics (Windows, macOS; Liberation Sans on Linux; Arimo on ChromeOS); DejaVu
 * Sans is what a bare Linux machine has. Each language gets its own copy of each family, sized to
 * that language's text (English and Russian text use letters of different widths in different
 * proportions), so `family` is completed with the language (`fallbackFamily`).
 */
export const FALLBACK_FAMILIES = [
  {
    family: 'Noto Sans Fallback Arial',
    locals: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
    },
  },
  {
    family: 'Noto Sans Fallback DejaVu',
    locals: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
  },
] as const;

/** The name of a fallback family sized for `locale`'s text, e.g. "Noto Sans Fallback Arial kk". */
export function fallbackFamily(family: (typeof FALLBACK_FAMILIES)[number]['family'], locale: string): string {
  return `${family} ${locale}`;
}

/** The stack a page in `locale` uses: the web font, its fallbacks for that language, then sans-serif. */
export function fontStack(locale: string): string {
  return ["'Noto Sans'", ...FALLBACK_FAMILIES.map((f) => quote(fallbackFamily(f.family, locale))), 'sans-serif'].join(', ');
}

/** The rules that set `--font-sans` per page language (`html[lang]`); the first language is the default. */
export function fontStackRules(locales: readonly string[]): string {
  return locales.map((l, i) => `${i === 0 ? ':root, ' : ''}:root:lang(${l}) {\n  --font-sans: ${fontStack(l)};\n}`).join('\n');
}
