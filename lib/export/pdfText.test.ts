import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceMissingGlyphs } from './pdfText';

describe('replaceMissingGlyphs', () => {
  it('writes arrows and comparison signs with characters Noto Sans has', () => {
    expect(replaceMissingGlyphs('Kazakhstan → Azerbaijan, ≤ 2, ≥ 3')).toBe('Kazakhstan › Azerbaijan, <= 2, >= 3');
  });
  it('leaves Azerbaijani and Kazakh letters alone', () => {
    expect(replaceMissingGlyphs('Ticarət dövriyyəsi · Қазақстан, ұ ү ң ө і')).toBe('Ticarət dövriyyəsi · Қазақстан, ұ ү ң ө і');
  });
});

describe('the PDF font', () => {
  // cmap format 4 lookup in the TrueType file that scripts/build-export-assets.ts copies.
  const font = readFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', '400Regular', 'NotoSans_400Regular.ttf'));
  function hasGlyph(code: number): boolean {
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
  }
  it('covers every Azerbaijani and Kazakh letter', () => {
    const missing = [...'əƏşŞğĞçÇöÖüÜıİқҚүҮңҢөӨұҰәӘіІғҒһҺ–—·«»№'].filter((c) => !hasGlyph(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
  it('lacks exactly what replaceMissingGlyphs replaces', () => {
    expect(['→', '≤', '≥'].filter((c) => hasGlyph(c.codePointAt(0)!))).toEqual([]);
  });
});
