import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AXIS, MILESTONE_STYLES, PACE_LINE, PAINTS, PART_TONES, REFERENCE_LINE, REPORTER_TONES, YEAR_LINE_STYLES, measurePartPanelHeight, measureTimelineHeight, paint, type PaintName } from './style';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme', () => {
  it('gives every paint a literal #rrggbb colour for each scheme (exports write the light one)', () => {
    const all = Object.values(PAINTS).flatMap((p) => [p.light, p.dark]);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((c) => !/^#[0-9a-f]{6}$/.test(c))).toEqual([]);
  });

  it('paints each pair as two switched halves, or one colour when both halves are the same', () => {
    expect(paint('az-main')).toBe('var(--scheme-light, #0072b2) var(--scheme-dark, #56b4e9)');
    expect(paint('kz-light')).toBe('#f0c08f');
    // Every colour the charts use is one of the paints.
    const used = JSON.stringify({ REPORTER_TONES, PART_TONES, YEAR_LINE_STYLES, PACE_LINE, REFERENCE_LINE, AXIS, MILESTONE_STYLES });
    const names = Object.keys(PAINTS) as PaintName[];
    const unknown = used.match(/"(var\([^"]+|#[0-9a-f]{6})"/g)!.map((v) => v.slice(1, -1)).filter((v) => !names.some((n) => paint(n) === v));
    expect(unknown).toEqual([]);
  });

  it('switches the halves in app/globals.css: light by default, dark for the dark theme and the system dark setting', () => {
    const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const block = (selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0]!;
    const light = /--scheme-light: initial;\s*--scheme-dark: ;/;
    const dark = /--scheme-light: ;\s*--scheme-dark: initial;/;
    expect(block(':root')).toMatch(light);
    expect(block(":root[data-theme='dark']")).toMatch(dark);
    expect(block('@media (prefers-color-scheme: dark)')).toMatch(/:root:not\(\[data-theme\]\) \{\s*--scheme-light: ;\s*--scheme-dark: initial;/);
  });

  it('keeps the reporter colours of the page (AZ blue, KZ dark orange; lighter in the dark theme)', () => {
    expect(PAINTS['az-main'].light).toBe('#0072b2');
    expect(PAINTS['kz-main'].light).toBe('#b35900');
    // The same as --color-az / --color-kz in app/globals.css, in both schemes.
    const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
    expect(css).toContain(`--color-az: light-dark(${PAINTS['az-main'].light}, ${PAINTS['az-main'].dark})`);
    expect(css).toContain(`--color-kz: light-dark(${PAINTS['kz-main'].light}, ${PAINTS['kz-main'].dark})`);
    expect(css).toMatch(new RegExp(`--color-bg: light-dark\\(#ffffff, ${PAINTS['az-stroke'].dark}\\)`));
  });

  // Lines, markers, bar parts and text inside the plots, against the page (WCAG 1.4.11 / 1.4.3).
  const graphics: PaintName[] = [
    'az-main', 'az-dark', 'kz-main', 'kz-dark', 'unknown-main', 'unknown-dark', 'year-1', 'year-2', 'year-3',
    'pace', 'reference', 'milestone-relations', 'milestone-energy', 'milestone-economy',
  ];
  it('draws every line, marker and bar at 3:1 or more against the page, light and dark (WCAG 1.4.11)', () => {
    // Light: the parts and outlines (light tints are outlined in the dark tone).
    const light = [...graphics, 'az-stroke', 'kz-stroke', 'unknown-stroke', 'part-dark', 'part-stroke'] as PaintName[];
    expect(light.filter((n) => contrast(PAINTS[n].light, '#ffffff') < 3)).toEqual([]);
    // Dark: every part stands on its own (the outline there is the page colour, a gap between parts).
    const dark = [...graphics, 'az-light', 'kz-light', 'unknown-light', 'part-dark', 'part-main', 'part-light'] as PaintName[];
    expect(dark.filter((n) => contrast(PAINTS[n].dark, PAINTS['az-stroke'].dark) < 3)).toEqual([]);
  });

  it('writes axis text at 4.5:1 or more in both schemes (WCAG 1.4.3)', () => {
    for (const n of ['axis-text', 'axis-label'] as const) {
      expect(contrast(PAINTS[n].light, '#ffffff'), n).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PAINTS[n].dark, PAINTS['az-stroke'].dark), n).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the stacked parts of a bar in order of lightness in both schemes (the legend explains them in greys)', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const side of ['az', 'kz', 'unknown', 'part'] as const) {
        const l = (n: PaintName) => contrast(PAINTS[n][scheme], '#000000');
        const [dark, main, light] = [l(`${side}-dark`), l(`${side}-main`), l(`${side}-light`)];
        expect(dark, `${scheme} ${side}`).toBeLessThan(main);
        expect(main, `${scheme} ${side}`).toBeLessThan(light);
      }
    }
  });

  it('tells the two sides apart without colour: only Kazakhstan is hatched', () => {
    expect(REPORTER_TONES.KZ.hatch).not.toBeNull();
    expect(REPORTER_TONES.AZ.hatch).toBeNull();
  });

  it('gives each running-total year its own dash and marker', () => {
    expect(new Set(YEAR_LINE_STYLES.map((s) => s.dash)).size).toBe(YEAR_LINE_STYLES.length);
    expect(new Set(YEAR_LINE_STYLES.map((s) => s.marker)).size).toBe(YEAR_LINE_STYLES.length);
  });

  it('reserves panel heights that grow with their content', () => {
    expect(measurePartPanelHeight(6)).toBeGreaterThan(measurePartPanelHeight(2));
    expect(measureTimelineHeight(0)).toBe(measureTimelineHeight(1));
    expect(measureTimelineHeight(9)).toBeGreaterThan(measureTimelineHeight(3));
  });
});
