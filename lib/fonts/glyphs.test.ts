import { describe, expect, it } from 'vitest';
import { collectText, glyphSet } from './glyphs';

describe('collectText', () => {
  it('gathers every string in nested objects and arrays, and nothing else', () => {
    expect(collectText({ a: 'x', b: ['y', { c: 'z', n: 5, t: true, u: null }] })).toBe('xyz');
  });
});

describe('glyphSet', () => {
  const points = glyphSet('');
  const has = (s: string) => [...s].every((ch) => points.includes(ch.codePointAt(0)!));

  it('holds the letters of the four languages and what Intl writes between digits', () => {
    expect(has('Azərbaycan ĞğİıŞşÇçÖöÜü')).toBe(true);
    expect(has('Қазақстан әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe(true);
    expect(has('Российская Федерация ЁёЙй')).toBe(true);
    expect(has('1\u00a0234\u202f567 −5 « » – — … → №')).toBe(true);
  });

  it('adds every character of the text it is given, sorted and distinct, without control characters', () => {
    const withText = glyphSet('ʻ\u0007ʻ\u2028');
    expect(withText).toContain(0x2bb);
    expect(withText).not.toContain(0x07);
    expect(withText).not.toContain(0x2028);
    expect(withText).toEqual([...new Set(withText)].sort((a, b) => a - b));
  });
});
