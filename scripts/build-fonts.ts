/**
 * Runs before every build (`npm run data`): cuts Noto Sans (regular, bold; the whole font from
 * @expo-google-fonts/noto-sans) down to the characters the dashboard can show (lib/fonts/glyphs.ts)
 * and writes it as WOFF2 to app/fonts/generated/, where app/fonts.css picks it up (Next.js then
 * serves it under a content hash). One file per weight, ≈ 30 KB, instead of the eight @fontsource
 * subsets a page in any language used to fetch (≈ 210 KB).
 * Characters of the messages or the dataset that Noto Sans lacks are listed (the browser draws
 * them in the system's sans-serif).
 *
 * It also writes the fonts the SVG download outlines its text with (components/export/outline.ts):
 * the same cut of Noto Sans as TrueType, and DejaVu Sans (@fontsource/dejavu-sans, the font
 * Debian's Chromium falls back to) cut to the characters of that set Noto Sans lacks (→ ≤ ≥ ≈),
 * into public/export/fonts/ (see lib/export/outlineFonts.ts for the names).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { collectText, glyphSet } from '../lib/fonts/glyphs';
import { MESSAGES } from '../lib/i18n/messages';
import { LOCALES } from '../lib/i18n/locales';
import { dataset } from '../lib/dataset';
import { makeOutlineFontPath } from '../lib/export/outlineFonts';

const SOURCES = [
  { weight: 400, file: '400Regular/NotoSans_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSans_700Bold.ttf' },
] as const;

async function main() {
  const { Blob, Face } = await import('harfbuzzjs');
  const shown = collectText(LOCALES.map((l) => MESSAGES[l])) + collectText(dataset);
  const wanted = glyphSet(shown);
  const out = join(process.cwd(), 'app', 'fonts', 'generated');
  mkdirSync(out, { recursive: true });
  const sizes: string[] = [];
  const exportFonts = join(process.cwd(), 'public', 'export', 'fonts');
  mkdirSync(exportFonts, { recursive: true });
  for (const { weight, file } of SOURCES) {
    const source = readFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', file));
    const has = new Set(new Face(new Blob(source)).collectUnicodes());
    const lacking = [...new Set(shown)].filter((ch) => ch.codePointAt(0)! >= 0x20 && !has.has(ch.codePointAt(0)!));
    if (lacking.length) console.warn(`fonts: Noto Sans ${weight} lacks ${lacking.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} "${c}"`).join(', ')} (shown in the system font)`);
    const kept = wanted.filter((c) => has.has(c));
    const woff2 = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
    writeFileSync(join(out, `noto-sans-${weight}.woff2`), woff2);
    // The SVG download's outlines: the same characters as TrueType (fontkit reads it without a
    // WOFF2 decoder), and the fallback for what Noto Sans lacks.
    writeFileSync(join(process.cwd(), 'public', makeOutlineFontPath('noto', weight)), await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'truetype' }));
    const missing = wanted.filter((c) => !has.has(c) && c > 0x20);
    const fallback = readFileSync(join(process.cwd(), 'node_modules', '@fontsource', 'dejavu-sans', 'files', `dejavu-sans-latin-${weight}-normal.woff2`));
    writeFileSync(join(process.cwd(), 'public', makeOutlineFontPath('fallback', weight)), await subsetFont(fallback, String.fromCodePoint(...missing), { targetFormat: 'truetype' }));
    sizes.push(`${weight}: ${(woff2.length / 1024).toFixed(1)} KiB`);
  }
  console.log(`fonts: Noto Sans cut to ${wanted.length} characters (${sizes.join(', ')}) -> app/fonts/generated/`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
