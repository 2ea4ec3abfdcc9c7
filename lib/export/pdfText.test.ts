import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { collectText } from '../fonts/glyphs';
import { MESSAGES } from '../i18n/messages';
import { FALLBACK_CHARACTERS, needsFallback, splitFontRuns } from './pdfText';

describe('splitFontRuns', () => {
  it('sets arrows and comparison signs in the fallback face, the rest in the main face', () => {
    expect(splitFontRuns('Kazakhstan → Azerbaijan, ≤ 2, ≥ 3')).toEqual([
      { text: 'Kazakhstan ', fallback: false },
      { text: '→', fallback: true },
      { text: ' Azerbaijan, ', fallback: false },
      { text: '≤', fallback: true },
      { text: ' 2, ', fallback: false },
      { text: '≥', fallback: true },
      { text: ' 3', fallback: false },
    ]);
    expect(splitFontRuns('←→')).toEqual([{ text: '←→', fallback: true }]);
    expect(splitFontRuns('')).toEqual([]);
  });
  it('leaves Azerbaijani and Kazakh letters in the main face', () => {
    expect(splitFontRuns('Ticarət dövriyyəsi · Қазақстан, ұ ү ң ө і')).toEqual([{ text: 'Ticarət dövriyyəsi · Қазақстан, ұ ү ң ө і', fallback: false }]);
    expect(needsFallback('Қазақстан')).toBe(false);
    expect(needsFallback('AZ → KZ')).toBe(true);
  });
});

/** Whether a TrueType file maps `code` to a glyph (cmap format 4 lookup, the BMP). */
function cmapOf(file: string): (code: number) => boolean {
  const font = readFileSync(file);
  return (code) => {
    const tables = font.readUInt16BE(4);
    let cmap = 0;
    for (let i = 0; i < tables; i++) if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = font.readUInt32BE(12 + i * 16 + 8);
    const subtables = font.readUInt16BE(cmap + 2);
    for (let i = 0; i < subtables; i++) {
      const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
      if (font.readUInt16BE(offset) !== 4) continue;
      const segX2 = font.readUInt16BE(offset + 6);
      for (let s = 0; s < segX2 / 2; s++) {
        const end = font.readUInt16BE(offset + 14 + s * 2);
        const start = font.readUInt16BE(offset + 16 + segX2 + s * 2);
        if (code >= start && code <= end) return true;
      }
    }
    return false;
  };
}

describe('the PDF fonts', () => {
  // The TrueType files scripts/build-fonts.ts cuts: Noto Sans, and DejaVu Sans for what it lacks.
  const modules = join(process.cwd(), 'node_modules');
  const notoSans = cmapOf(join(modules, '@expo-google-fonts', 'noto-sans', '400Regular', 'NotoSans_400Regular.ttf'));
  const dejaVu = cmapOf(join(modules, 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf'));
  const has = (ch: string, font: (code: number) => boolean) => font(ch.codePointAt(0)!);

  it('Noto Sans covers every Azerbaijani and Kazakh letter', () => {
    expect([...'əƏşŞğĞçÇöÖüÜıİқҚүҮңҢөӨұҰәӘіІғҒһҺ–—·«»№'].filter((c) => !has(c, notoSans))).toEqual([]);
  });
  it('every character of the messages and the data that Noto Sans lacks is set in the fallback face', () => {
    const messageFiles = readdirSync(join(process.cwd(), 'messages'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(messageFiles.length).toBeGreaterThan(0);
    const text = collectText(MESSAGES) + collectText(dataset) + messageFiles.map((f) => readFileSync(join(process.cwd(), 'messages', f), 'utf8')).join('');
    const lacking = [...new Set([...text])].filter((c) => c >= ' ' && !has(c, notoSans));
    expect(lacking.length).toBeGreaterThan(0); // → is used, and Noto Sans lacks it
    expect(lacking.filter((c) => !FALLBACK_CHARACTERS.includes(c))).toEqual([]);
  });
  it('DejaVu Sans has every fallback character, and Noto Sans none of them', () => {
    expect([...FALLBACK_CHARACTERS].filter((c) => !has(c, dejaVu))).toEqual([]);
    expect([...FALLBACK_CHARACTERS].filter((c) => has(c, notoSans))).toEqual([]);
  });
});
