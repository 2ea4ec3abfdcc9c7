import { describe, expect, it } from 'vitest';
import { averageAdvance, characterFrequencies, fallbackFontFace, fontStack, fontStackRules, scriptOf } from './fallbacks';

const NOTO = { familyName: 'Noto Sans', ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000 };
const ARIAL = { familyName: 'Arial', ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048 };

describe('characterFrequencies', () => {
  it('counts characters per script and leaves out control characters and line breaks', () => {
    const f = characterFrequencies('Aa a\nҚаз\t');
    expect(Object.fromEntries(f.base)).toEqual({ 65: 1, 97: 2, 32: 1 });
    expect(Object.fromEntries(f.cyrillic)).toEqual({ 0x49a: 1, 0x430: 1, 0x437: 1 });
  });
  it('puts Kazakh letters outside the basic Cyrillic block with Cyrillic', () => {
    expect(scriptOf('ә'.codePointAt(0)!)).toBe('cyrillic');
    expect(scriptOf('ə'.codePointAt(0)!)).toBe('base');
  });
});

describe('averageAdvance', () => {
  it('weights each character by how often it occurs, over characters both fonts have', () => {
    const freq = new Map([
      [1, 3],
      [2, 1],
      [3, 10],
    ]);
    const advance = (cp: number) => ({ 1: 0.5, 2: 1, 3: 9 })[cp];
    expect(averageAdvance(freq, advance, (cp) => cp !== 3)).toBeCloseTo((0.5 * 3 + 1) / 4);
  });
  it('refuses a sample with nothing in common (rather than a NaN in the CSS)', () => {
    expect(() => averageAdvance(new Map([[1, 1]]), () => 1, () => false)).toThrow(/no character/);
  });
});

describe('fallbackFontFace', () => {
  const face = fallbackFontFace({ family: 'Noto Sans Fallback Arial', locals: ['Arial', "Bad'Name"], weight: 700, script: 'cyrillic', web: NOTO, fallback: ARIAL, webAdvance: 0.5, fallbackAdvance: 0.45 });
  const value = (prop: string) => Number(new RegExp(`${prop}: ([0-9.]+)%`).exec(face)![1]);

  it('scales the fallback so its average advance equals the web font’s', () => {
    expect(value('size-adjust')).toBeCloseTo((0.5 / 0.45) * 100, 2);
  });
  it('gives it the web font’s line box at that scale', () => {
    const scale = 0.5 / 0.45;
    expect(value('ascent-override')).toBeCloseTo((1069 / 1000 / scale) * 100, 2);
    expect(value('descent-override')).toBeCloseTo((293 / 1000 / scale) * 100, 2);
    expect(value('line-gap-override')).toBe(0);
  });
  it('names the family, weight, script range and local fonts (quotes stripped from names)', () => {
    expect(face).toContain("font-family: 'Noto Sans Fallback Arial';");
    expect(face).toContain("src: local('Arial'), local('BadName');");
    expect(face).toContain('font-weight: 700;');
    expect(face).toContain('unicode-range: U+0400-052F;');
  });
});

it('a page’s stack is the web font, its language’s fallbacks, then sans-serif', () => {
  expect(fontStack('kk')).toBe("'Noto Sans', 'Noto Sans Fallback Arial kk', 'Noto Sans Fallback DejaVu kk', sans-serif");
});

it('each page language selects its stack; the first language is the default', () => {
  const css = fontStackRules(['en', 'kk']);
  expect(css).toContain(":root, :root:lang(en) {\n  --font-sans: 'Noto Sans', 'Noto Sans Fallback Arial en'");
  expect(css).toContain(":root:lang(kk) {\n  --font-sans: 'Noto Sans', 'Noto Sans Fallback Arial kk'");
});
