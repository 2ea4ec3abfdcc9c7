/**
 * Runs before every build (`npm run data`): the page's typeface and its fallbacks.
 *
 * 1. Cuts Noto Sans (regular, bold; the whole font from @expo-google-fonts/noto-sans) down to the
 *    characters the dashboard can show (lib/fonts/glyphs.ts) and writes it as WOFF2 to
 *    app/fonts/generated/, where app/fonts.css picks it up (Next.js then serves it under a content
 *    hash). One file per weight, ≈ 23 KB, instead of the eight @fontsource subsets a page in any
 *    language used to fetch (≈ 210 KB). Characters of the messages or the dataset that Noto Sans
 *    lacks are listed (the browser draws them in the system's sans-serif).
 * 2. Writes app/fonts/generated/fallbacks.css: metric-matched fallback faces (lib/fonts/fallbacks.ts)
 *    over the system fonts a visitor has while Noto Sans is on its way, so nothing moves when it
 *    arrives. Metrics come from the font files (@capsizecss/unpack): Noto Sans; Arimo, which has
 *    Arial's and Liberation Sans's metrics; DejaVu Sans, as Debian ships it. Average advances are
 *    weighted by the dashboard's own text per script (HarfBuzz reads the advances).
 * 3. Writes the fonts the SVG download embeds (one WOFF2 per unicode-range subset, cut to the same
 *    characters) and the fonts it outlines its text with (components/export/outline.ts) into
 *    public/export/fonts/ (names in lib/export/outlineFonts.ts): the same cut of Noto Sans as
 *    TrueType, and DejaVu Sans (the font Debian's Chromium falls back to; dejavu-fonts-ttf) cut to
 *    the characters Noto Sans lacks (→ ≤ ≥ ≈).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fromBuffer } from '@capsizecss/unpack';
import { collectText, glyphSet } from '../lib/fonts/glyphs';
import { averageAdvance, characterFrequencies, fallbackFamily, fallbackFontFace, FALLBACK_FAMILIES, fontStackRules, SCRIPTS, type Script } from '../lib/fonts/fallbacks';
import { MESSAGES } from '../lib/i18n/messages';
import { LOCALES } from '../lib/i18n/locales';
import { dataset } from '../lib/dataset';
import { makeOutlineFontPath } from '../lib/export/outlineFonts';
import { makeFontPath, splitBySubset, type FontSubset } from '../lib/export/svgDocument';

const modules = join(process.cwd(), 'node_modules');
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

/** Noto Sans, the page's typeface. */
const NOTO: Record<Weight, string> = {
  400: join(modules, '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  700: join(modules, '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

/** The font files whose metrics each fallback family copies (FALLBACK_FAMILIES, same order). */
const FALLBACK_FILES: Record<(typeof FALLBACK_FAMILIES)[number]['family'], Record<Weight, string>> = {
  'Noto Sans Fallback Arial': {
    400: join(modules, '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
    700: join(modules, '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
  },
  'Noto Sans Fallback DejaVu': {
    400: join(modules, 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    700: join(modules, 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  },
};

type HarfBuzz = typeof import('harfbuzzjs');

/** A font file opened with HarfBuzz: which characters it has and their advance in ems. */
function openFont(hb: HarfBuzz, bytes: Buffer) {
  const face = new hb.Face(new hb.Blob(bytes));
  const font = new hb.Font(face);
  const upem = face.upem;
  const has = new Set(face.collectUnicodes());
  return {
    has: (cp: number) => has.has(cp),
    advance(cp: number): number | undefined {
      if (!has.has(cp)) return undefined;
      const buffer = new hb.Buffer();
      buffer.addCodePoints([cp]);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      const [glyph] = buffer.getGlyphInfosAndPositions();
      return (glyph?.xAdvance ?? 0) / upem;
    },
  };
}

async function cutNotoSans(hb: HarfBuzz, shown: string): Promise<string[]> {
  const wanted = glyphSet(shown);
  const out = join(process.cwd(), 'app', 'fonts', 'generated');
  mkdirSync(out, { recursive: true });
  mkdirSync(join(process.cwd(), 'public', 'export', 'fonts'), { recursive: true });
  const sizes: string[] = [];
  for (const weight of WEIGHTS) {
    const source = readFileSync(NOTO[weight]);
    const { has } = openFont(hb, source);
    const lacking = [...new Set(shown)].filter((ch) => ch.codePointAt(0)! >= 0x20 && !has(ch.codePointAt(0)!));
    if (lacking.length) console.warn(`fonts: Noto Sans ${weight} lacks ${lacking.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} "${c}"`).join(', ')} (shown in the system font)`);
    const kept = wanted.filter((c) => has(c));
    const woff2 = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
    writeFileSync(join(out, `noto-sans-${weight}.woff2`), woff2);
    // The SVG download's outlines: the same characters as TrueType (fontkit reads it without a
    // WOFF2 decoder), and the fallback for what Noto Sans lacks.
    writeFileSync(join(process.cwd(), 'public', makeOutlineFontPath('noto', weight)), await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'truetype' }));
    const missing = wanted.filter((c) => !has(c) && c > 0x20);
    const fallback = readFileSync(FALLBACK_FILES['Noto Sans Fallback DejaVu'][weight]);
    writeFileSync(join(process.cwd(), 'public', makeOutlineFontPath('fallback', weight)), await subsetFont(fallback, String.fromCodePoint(...missing), { targetFormat: 'truetype' }));
    sizes.push(`${weight}: ${(woff2.length / 1024).toFixed(1)} KiB`);
    // The SVG download's embedded fonts, one file per unicode-range subset (an export embeds only
    // the subsets its text uses; lib/export/svgDocument.ts): the same characters, split by range.
    // Cut from the whole font, not copied from @fontsource, so a Kazakh export does not carry the
    // whole Latin Extended block for its few letters, and the offline precache stays in budget.
    for (const [subset, inRange] of Object.entries(splitBySubset(kept)) as [FontSubset, number[]][]) {
      const file = join(process.cwd(), 'public', makeFontPath(subset, weight));
      writeFileSync(file, await subsetFont(source, String.fromCodePoint(...(inRange.length ? inRange : [0x20])), { targetFormat: 'woff2' }));
    }
  }
  console.log(`fonts: Noto Sans cut to ${wanted.length} characters (${sizes.join(', ')}) -> app/fonts/generated/`);
  return sizes;
}

async function writeFallbacks(hb: HarfBuzz): Promise<void> {
  const rules: string[] = [];
  const summary: string[] = [];
  const fonts = Object.fromEntries(
    WEIGHTS.map((weight) => [weight, { web: readFileSync(NOTO[weight]), fallbacks: FALLBACK_FAMILIES.map((f) => readFileSync(FALLBACK_FILES[f.family][weight])) }]),
  ) as Record<Weight, { web: Buffer; fallbacks: Buffer[] }>;
  for (const locale of LOCALES) {
    // Sized to the language's own text: its messages (labels of the data included).
    const frequencies = characterFrequencies(collectText(MESSAGES[locale]));
    for (const weight of WEIGHTS) {
      const web = openFont(hb, fonts[weight].web);
      const webMetrics = await fromBuffer(fonts[weight].web);
      for (const [i, family] of FALLBACK_FAMILIES.entries()) {
        const bytes = fonts[weight].fallbacks[i]!;
        const fallback = openFont(hb, bytes);
        const fallbackMetrics = await fromBuffer(bytes);
        for (const script of Object.keys(SCRIPTS) as Script[]) {
          // A language that writes no letter of a script needs no rule of its own for it.
          if (frequencies[script].size === 0) continue;
          const webAdvance = averageAdvance(frequencies[script], web.advance, fallback.has);
          const fallbackAdvance = averageAdvance(frequencies[script], fallback.advance, web.has);
          rules.push(fallbackFontFace({ family: fallbackFamily(family.family, locale), locals: family.locals[weight], weight, script, web: webMetrics, fallback: fallbackMetrics, webAdvance, fallbackAdvance }));
          if (weight === 400) summary.push(`${locale} ${family.family.replace('Noto Sans Fallback ', '')} ${script} ${((webAdvance / fallbackAdvance) * 100).toFixed(1)}%`);
        }
      }
    }
  }
  const css = [
    '/* Generated by scripts/build-fonts.ts from the font files: metric-matched fallbacks for Noto Sans per page language (lib/fonts/fallbacks.ts). */',
    fontStackRules(LOCALES),
    ...rules,
    '',
  ].join('\n');
  writeFileSync(join(process.cwd(), 'app', 'fonts', 'generated', 'fallbacks.css'), css);
  console.log(`fonts: ${rules.length} fallback faces, size-adjust (regular) ${summary.join(', ')} -> app/fonts/generated/fallbacks.css`);
}

async function main() {
  const hb = await import('harfbuzzjs');
  const messages = collectText(LOCALES.map((l) => MESSAGES[l]));
  const data = collectText(dataset);
  await cutNotoSans(hb, messages + data);
  await writeFallbacks(hb);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
