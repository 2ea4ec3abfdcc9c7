/**
 * Runs before every build (`npm run data`): cuts Noto Sans (regular, bold; the whole font from
 * @expo-google-fonts/noto-sans) down to the characters the dashboard can show (lib/fonts/glyphs.ts)
 * and writes it as WOFF2 to app/fonts/generated/, where app/fonts.css picks it up (Next.js then
 * serves it under a content hash). One file per weight, ≈ 30 KB, instead of the eight @fontsource
 * subsets a page in any language used to fetch (≈ 210 KB).
 * Characters of the messages or the dataset that Noto Sans lacks are listed (the browser draws
 * them in the system's sans-serif).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { collectText, glyphSet } from '../lib/fonts/glyphs';
import { MESSAGES } from '../lib/i18n/messages';
import { LOCALES } from '../lib/i18n/locales';
import { dataset } from '../lib/dataset';

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
  for (const { weight, file } of SOURCES) {
    const source = readFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', file));
    const has = new Set(new Face(new Blob(source)).collectUnicodes());
    const lacking = [...new Set(shown)].filter((ch) => ch.codePointAt(0)! >= 0x20 && !has.has(ch.codePointAt(0)!));
    if (lacking.length) console.warn(`fonts: Noto Sans ${weight} lacks ${lacking.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} "${c}"`).join(', ')} (shown in the system font)`);
    const kept = wanted.filter((c) => has.has(c));
    const woff2 = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
    writeFileSync(join(out, `noto-sans-${weight}.woff2`), woff2);
    sizes.push(`${weight}: ${(woff2.length / 1024).toFixed(1)} KiB`);
  }
  console.log(`fonts: Noto Sans cut to ${wanted.length} characters (${sizes.join(', ')}) -> app/fonts/generated/`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
