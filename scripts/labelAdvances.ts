/**
 * Advance widths of Noto Sans (regular and bold), per character, for the map's label layout in
 * exports (lib/map/textWidth.ts). Read from the TrueType files with harfbuzzjs (shaping each
 * character alone: its advance in font units). `npm run label-advances` writes
 * lib/map/notoSansAdvances.json; lib/map/textWidth.test.ts fails when that file is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { collectText, glyphSet } from '../lib/fonts/glyphs';

export interface AdvanceTable {
  /** Font units per em. */
  upem: number;
  /** The characters measured, in order. */
  chars: string;
  /** Advance of each character of `chars`, in font units, per weight. */
  advances: Record<'400' | '700', number[]>;
}

const FILES = { '400': '400Regular/NotoSans_400Regular.ttf', '700': '700Bold/NotoSans_700Bold.ttf' } as const;

/** Measures every character the page's typeface keeps (lib/fonts/glyphs.ts) and every map word. */
export async function measureAdvances(): Promise<AdvanceTable> {
  const hb = await import('harfbuzzjs');
  const words = collectText(LOCALES.map((l) => (MESSAGES[l] as unknown as { map: unknown }).map));
  const chars = String.fromCodePoint(...glyphSet(words));
  const advances = { '400': [] as number[], '700': [] as number[] };
  let upem = 0;
  for (const weight of ['400', '700'] as const) {
    const face = new hb.Face(new hb.Blob(readFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', FILES[weight]))));
    upem = face.upem;
    const font = new hb.Font(face);
    for (const ch of chars) {
      const buffer = new hb.Buffer();
      buffer.addText(ch);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      advances[weight].push(buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0));
    }
  }
  return { upem, chars, advances };
}
