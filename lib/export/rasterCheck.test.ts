import { describe, expect, it } from 'vitest';
import { composeFontProbe, countInk, findFirstTextBox, PROBE_CELL, pickRangeLetter, readEmbeddedCss, readFontFaces, readProbeCells, readViewBox } from './rasterCheck';
import { composeSvgDocument, formatUnicodeRange, makeFontFace } from './svgDocument';

const css = [makeFontFace({ subset: 'latin', weight: 400, base64: 'AAAA' }), makeFontFace({ subset: 'cyrillic-ext', weight: 700, base64: 'BBBB' })].join('\n');
const svg = composeSvgDocument({
  size: { width: 1920, height: 1080 },
  viewBox: { width: 1280, height: 720 },
  title: 'T',
  description: 'D',
  fontCss: css,
  background: '#ffffff',
  body: '<rect x="0" y="0" width="10" height="10"/>\n<text x="32" y="58.5" font-size="30" font-weight="700" fill="rgb(0, 0, 0)">Сауда айналымы</text>\n<text x="32" y="90" font-size="16" font-weight="400" fill="#333">x</text>',
  lang: 'kk',
});

describe('font probe', () => {
  it('picks the first letter of a unicode-range, skipping controls and combining marks', () => {
    expect(pickRangeLetter(formatUnicodeRange('latin'))).toBe('A');
    expect(pickRangeLetter(formatUnicodeRange('latin-ext'))).toBe('Ā');
    expect(pickRangeLetter(formatUnicodeRange('cyrillic'))).toBe('Ѐ');
    expect(pickRangeLetter(formatUnicodeRange('cyrillic-ext'))).toBe('Ѡ');
    expect(pickRangeLetter('U+0300-0301')).toBeNull();
  });

  it('reads every embedded face with its weight and a letter it covers', () => {
    expect(readEmbeddedCss(svg)).toBe(css);
    expect(readFontFaces(css).map(({ weight, glyph }) => [weight, glyph])).toEqual([
      [400, 'A'],
      [700, 'Ѡ'],
    ]);
  });

  it('composes a probe with one glyph per face, and reads which cells were painted', () => {
    const faces = readFontFaces(css);
    const probe = composeFontProbe(css, faces);
    expect(probe).toContain(`width="${2 * PROBE_CELL}"`);
    expect(probe).toContain(css);
    expect(probe.match(/<text /g)).toHaveLength(2);
    const rgba = new Uint8ClampedArray(2 * PROBE_CELL * PROBE_CELL * 4);
    expect(readProbeCells(rgba, 2)).toEqual([false, false]);
    rgba[(10 * 2 * PROBE_CELL + PROBE_CELL + 5) * 4 + 3] = 255; // one pixel in the second cell
    expect(readProbeCells(rgba, 2)).toEqual([false, true]);
  });
});

describe('text check on the canvas', () => {
  it('finds the first line of text and the view box', () => {
    expect(findFirstTextBox(svg)).toEqual({ x: 32, y: 28.5, width: 6 * 15, height: 36 });
    expect(readViewBox(svg)).toEqual({ width: 1280, height: 720 });
    expect(findFirstTextBox('<svg><rect/></svg>')).toBeNull();
    // Not inside a nested drawing (own coordinates), not a halo without fill.
    const nested = '<svg viewBox="0 0 10 10"><svg x="12" y="12"><text x="1" y="2" font-size="13" fill="#5a6270">Baku</text></svg><text x="5" y="40" font-size="20" fill="none" stroke="#fff">Halo</text><text x="5" y="40" font-size="20" fill="#000">Halo</text></svg>';
    expect(findFirstTextBox(nested)).toEqual({ x: 5, y: 20, width: 40, height: 24 });
    expect(findFirstTextBox('<svg><svg><text x="1" y="2" font-size="13" fill="#000">Baku</text></svg></svg>')).toBeNull();
  });

  it('counts the pixels that differ from the background of a block', () => {
    const w = 8;
    const h = 6;
    const white = new Uint8ClampedArray(w * h * 4).fill(255);
    expect(countInk(white, w, h)).toBe(0);
    const inked = white.slice();
    for (const i of [3 * w + 3, 3 * w + 4]) inked.set([20, 20, 20, 255], i * 4);
    expect(countInk(inked, w, h)).toBe(2);
    // Transparent background: anything painted counts.
    const clear = new Uint8ClampedArray(w * h * 4);
    clear.set([0, 0, 0, 200], (2 * w + 2) * 4);
    expect(countInk(clear, w, h)).toBe(1);
    // Faint anti-aliasing below the tolerance does not.
    const faint = white.slice();
    faint.set([240, 240, 240, 255], (2 * w + 2) * 4);
    expect(countInk(faint, w, h)).toBe(0);
  });
});
