import { describe, expect, it } from 'vitest';
import { composeSvgDocument, escapeXml, formatUnicodeRange, makeFontFace, pickFontSubsets, readPngSize, splitBySubset } from './svgDocument';
import { collectText, glyphSet } from '../fonts/glyphs';
import { MESSAGES } from '../i18n/messages';

describe('pickFontSubsets', () => {
  it('needs only latin for English', () => {
    expect(pickFontSubsets('Trade turnover, USD million 2024')).toEqual(['latin']);
  });
  it('adds latin-ext for Azerbaijani ə ş ğ', () => {
    expect(pickFontSubsets('Ticarət dövriyyəsi, şirkətlər, ağ')).toEqual(['latin', 'latin-ext']);
  });
  it('adds cyrillic-ext for Kazakh қ ң ө ә (and cyrillic for the rest)', () => {
    expect(pickFontSubsets('Сауда айналымы қ ң ө ә')).toEqual(['latin', 'cyrillic', 'cyrillic-ext']);
  });
  it('uses cyrillic only for Russian', () => {
    expect(pickFontSubsets('Товарооборот')).toEqual(['latin', 'cyrillic']);
  });
});

describe('splitBySubset (the embedded fonts, cut at build)', () => {
  const codes = glyphSet(collectText(MESSAGES));
  const split = splitBySubset(codes);
  it('puts every letter of the four languages in the subset pickFontSubsets asks for', () => {
    for (const ch of 'AzəƏşŞğĞıİçÇöÖüÜЖжқҚүҮңҢөӨұҰәӘіІғҒһҺ№0123456789') {
      const code = ch.codePointAt(0)!;
      const holders = Object.entries(split).filter(([, list]) => list.includes(code)).map(([s]) => s);
      expect(holders, ch).toContain(pickFontSubsets(ch).at(-1));
    }
  });
  it('keeps Latin Extended and Cyrillic Extended to the few letters the languages use', () => {
    expect(split['latin-ext'].length).toBeLessThan(40);
    expect(split['cyrillic-ext'].length).toBeLessThan(40);
    expect(split['latin-ext']).toContain('ə'.codePointAt(0));
  });
});

describe('fonts', () => {
  it('writes unicode ranges like the @fontsource CSS', () => {
    expect(formatUnicodeRange('cyrillic')).toBe('U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116');
  });
  it('inlines the font as base64 woff2', () => {
    const face = makeFontFace({ subset: 'latin', weight: 700, base64: 'AAAA' });
    expect(face).toContain("font-family:'Noto Sans'");
    expect(face).toContain('font-weight:700');
    expect(face).toContain('url(data:font/woff2;base64,AAAA)');
  });
});

describe('composeSvgDocument', () => {
  const doc = composeSvgDocument({
    size: { width: 1920, height: 1080 },
    viewBox: { width: 1280, height: 720 },
    title: 'Trade <turnover> & "more"',
    description: 'd',
    fontCss: '@font-face{}',
    background: '#ffffff',
    body: '<g/>',
    lang: 'en',
  });
  it('sets the image size and the layout viewBox', () => {
    expect(doc).toContain('width="1920" height="1080" viewBox="0 0 1280 720"');
  });
  it('escapes the title and embeds the fonts', () => {
    expect(doc).toContain('<title>Trade &lt;turnover&gt; &amp; &quot;more&quot;</title>');
    expect(doc).toContain('<![CDATA[@font-face{}]]>');
  });
  it('has no external references or foreignObject', () => {
    expect(doc).not.toMatch(/href=|foreignObject|var\(--/);
  });
  it('leaves the background out when transparent', () => {
    const clear = composeSvgDocument({ size: { width: 1, height: 1 }, viewBox: { width: 1, height: 1 }, title: '', description: '', fontCss: '', background: null, body: '', lang: 'en' });
    expect(clear).not.toContain('<rect');
  });
  it('escapes all five XML characters', () => {
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});

describe('readPngSize', () => {
  it('reads the IHDR of a PNG', () => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, 3840);
    new DataView(bytes.buffer).setUint32(20, 2160);
    expect(readPngSize(bytes)).toEqual({ width: 3840, height: 2160 });
  });
  it('rejects other bytes', () => {
    expect(readPngSize(new Uint8Array(30))).toBeNull();
  });
});
