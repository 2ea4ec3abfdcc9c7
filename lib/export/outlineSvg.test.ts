import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTLINE_WEIGHTS, makeOutlineFontPath, type OutlineFontRole, type OutlineWeight } from './outlineFonts';
import { outlineSvgText, parseLength, splitByCoverage, type OutlineFonts, type SvgDom } from './outlineSvg';

// The fonts `npm run data` writes (scripts/build-fonts.ts); the whole Noto Sans when they are not built yet.
function loadFont(role: OutlineFontRole, weight: OutlineWeight): fontkit.Font {
  const built = join(process.cwd(), 'public', makeOutlineFontPath(role, weight));
  const source =
    role === 'noto'
      ? join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', weight === 400 ? '400Regular/NotoSans_400Regular.ttf' : '700Bold/NotoSans_700Bold.ttf')
      : join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', weight === 400 ? 'DejaVuSans.ttf' : 'DejaVuSans-Bold.ttf');
  return fontkit.create(readFileSync(existsSync(built) ? built : source)) as fontkit.Font;
}

const dom: SvgDom = {
  parse: (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document,
  serialize: (doc) => new XMLSerializer().serializeToString(doc as never),
};

let fonts: OutlineFonts;
beforeAll(() => {
  const pick = (role: OutlineFontRole) => Object.fromEntries(OUTLINE_WEIGHTS.map((w) => [w, loadFont(role, w)])) as Record<OutlineWeight, fontkit.Font>;
  fonts = { noto: pick('noto'), fallback: pick('fallback') };
});

const wrap = (body: string, extra = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" xml:lang="kk" font-family="'Noto Sans'"${extra}><title>T</title><desc>D</desc><defs><style type="text/css"><![CDATA[@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}]]></style></defs>${body}</svg>`;

/** The outlined document, parsed again. */
function outline(body: string): Document {
  return dom.parse(outlineSvgText(wrap(body), fonts, dom));
}

const runs = (doc: Document) => Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('role') === 'img');
const translateOf = (g: Element) => /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!.slice(1).map(Number) as [number, number];
const scaleOf = (g: Element) => Number(/scale\(([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')![1]);
/** Advance of `text` in px at `size` (fontkit's own layout). */
const advance = (text: string, size: number, weight: OutlineWeight = 400) => (fonts.noto[weight].layout(text).advanceWidth * size) / fonts.noto[weight].unitsPerEm;

describe('outlineSvgText', () => {
  it('replaces every <text> with glyph outlines and keeps the words in aria-label and <title>', () => {
    const doc = outline('<text x="10" y="20" font-size="16" fill="#123456">Қазақстан → Әзірбайжан</text>');
    expect(doc.getElementsByTagName('text').length).toBe(0);
    const [run] = runs(doc);
    expect(run!.getAttribute('aria-label')).toBe('Қазақстан → Әзірбайжан');
    expect(run!.getElementsByTagName('title')[0]!.textContent).toBe('Қазақстан → Әзірбайжан');
    expect(run!.getAttribute('fill')).toBe('#123456');
    // One <use> per drawn glyph (spaces draw nothing), each pointing at a defined path.
    const uses = Array.from(run!.getElementsByTagName('use'));
    expect(uses.length).toBe('Қазақстан→Әзірбайжан'.length);
    const ids = new Set(Array.from(doc.getElementsByTagName('path')).map((p) => p.getAttribute('id')));
    expect(uses.every((u) => ids.has(u.getAttributeNS('http://www.w3.org/1999/xlink', 'href')!.slice(1)))).toBe(true);
  });

  it('draws a character Noto Sans lacks (→) from the fallback font', () => {
    expect(splitByCoverage('A → B', fonts.noto[400])).toEqual([
      { text: 'A ', fallback: false },
      { text: '→', fallback: true },
      { text: ' B', fallback: false },
    ]);
    const doc = outline('<text x="0" y="20" font-size="16">→</text>');
    expect(Array.from(doc.getElementsByTagName('use')).map((u) => u.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))).toEqual([expect.stringMatching(/^#glyph-f400-/)]);
  });

  it('drops the embedded fonts, names the document and declares xlink', () => {
    const out = outlineSvgText(wrap('<text x="0" y="10">A</text>'), fonts, dom);
    expect(out).not.toContain('@font-face');
    expect(out).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    const root = dom.parse(out).documentElement;
    expect(root.getAttribute('aria-label')).toBe('T');
    expect(root.getAttribute('role')).toBe('img');
    // <title> and <desc> stay first.
    expect(Array.from(root.childNodes).filter((n) => n.nodeType === 1).slice(0, 3).map((n) => (n as Element).localName)).toEqual(['title', 'desc', 'defs']);
  });

  it('anchors text chunks at start, middle and end with the shaped advance', () => {
    const size = 20;
    const w = advance('2018', size);
    for (const [anchor, expected] of [['start', 100], ['middle', 100 - w / 2], ['end', 100 - w]] as const) {
      const doc = outline(`<text x="100" y="50" font-size="${size}" text-anchor="${anchor}">2018</text>`);
      const inner = runs(doc)[0]!.getElementsByTagName('g')[0]!;
      expect(translateOf(inner)[0]).toBeCloseTo(expected, 1);
      expect(scaleOf(inner)).toBeCloseTo(size / 1000, 6);
    }
  });

  it("follows recharts' ticks: position on the tspan, dy in em, anchor inherited", () => {
    const doc = outline('<text x="50" y="80" text-anchor="middle" font-size="13.6px"><tspan x="50" dy="0.71em" font-size="13.6px">2019</tspan></text>');
    const inner = runs(doc)[0]!.getElementsByTagName('g')[0]!;
    const [x, y] = translateOf(inner);
    expect(x).toBeCloseTo(50 - advance('2019', 13.6) / 2, 1);
    expect(y).toBeCloseTo(80 + 0.71 * 13.6, 1);
  });

  it('lays out lines of tspans one under another (x resets the chunk, dy moves down)', () => {
    const doc = outline('<text x="10" y="10" font-size="10"><tspan x="10" dy="0">one</tspan><tspan x="10" dy="1.1em" font-size="8.5px">two</tspan></text>');
    const inner = Array.from(runs(doc)[0]!.getElementsByTagName('g'));
    expect(inner.map(translateOf)).toEqual([
      [10, 10],
      [10, expect.closeTo(10 + 1.1 * 8.5, 2)],
    ]);
    expect(runs(doc)[0]!.getAttribute('aria-label')).toBe('one two');
  });

  it('keeps a halo stroke its width in px inside the scaled group, and slants italic text', () => {
    const doc = outline('<text x="0" y="50" font-size="20" font-style="italic" fill="none" stroke="#ffffff" stroke-width="3">Caspian Sea</text>');
    const inner = runs(doc)[0]!.getElementsByTagName('g')[0]!;
    expect(Number(inner.getAttribute('stroke-width')) * scaleOf(inner)).toBeCloseTo(3, 2);
    expect(inner.getAttribute('transform')).toMatch(/skewX\(-14\.036\)/);
    expect(runs(doc)[0]!.getAttribute('stroke')).toBe('#ffffff');
  });

  it('uses the bold face for font-weight 700, and kerning (AV is narrower than A plus V)', () => {
    const doc = outline('<text x="0" y="50" font-size="20" font-weight="700">AV</text>');
    expect(doc.getElementsByTagName('use')[0]!.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toMatch(/^#glyph-n700-/);
    expect(advance('AV', 20, 700)).toBeLessThan(advance('A', 20, 700) + advance('V', 20, 700));
    const second = Number(doc.getElementsByTagName('use')[1]!.getAttribute('x'));
    expect(second).toBeCloseTo((advance('AV', 20, 700) - advance('V', 20, 700)) * 50, 0);
  });

  it('collapses white space as SVG does', () => {
    const doc = outline('<text x="0" y="10" font-size="10">  two\n   words  </text>');
    expect(runs(doc)[0]!.getAttribute('aria-label')).toBe('two words');
    expect(doc.getElementsByTagName('use').length).toBe('twowords'.length);
  });
});

describe('parseLength', () => {
  it('reads px, unitless and em lengths, and the first of a list', () => {
    expect(parseLength('12', 10, 0)).toBe(12);
    expect(parseLength('12px', 10, 0)).toBe(12);
    expect(parseLength('0.5em', 10, 0)).toBe(5);
    expect(parseLength('3 4 5', 10, 0)).toBe(3);
    expect(parseLength(null, 10, 7)).toBe(7);
    expect(parseLength('auto', 10, 7)).toBe(7);
  });
});
