import { describe, expect, it } from 'vitest';
import { AXIS, MILESTONE_STYLES, PACE_LINE, REFERENCE_LINE, REPORTER_TONES, YEAR_LINE_STYLES, measurePartPanelHeight, measureTimelineHeight } from './theme';

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
  it('uses literal #rrggbb colours only (exports cannot resolve CSS variables)', () => {
    const all = JSON.stringify({ REPORTER_TONES, YEAR_LINE_STYLES, PACE_LINE, REFERENCE_LINE, AXIS, MILESTONE_STYLES });
    const colours = all.match(/#[0-9a-fA-F]+/g) ?? [];
    expect(colours.length).toBeGreaterThan(10);
    expect(colours.filter((c) => !/^#[0-9a-f]{6}$/.test(c))).toEqual([]);
  });

  it('keeps the reporter colours of the page (AZ blue, KZ dark orange)', () => {
    expect(REPORTER_TONES.AZ.main).toBe('#0072b2');
    expect(REPORTER_TONES.KZ.main).toBe('#b35900');
  });

  it('draws every line, marker and bar outline at 3:1 or more against white (WCAG 1.4.11)', () => {
    const graphics = [
      ...Object.values(REPORTER_TONES).flatMap((t) => [t.main, t.dark, t.stroke]),
      ...YEAR_LINE_STYLES.map((s) => s.color),
      ...Object.values(MILESTONE_STYLES).map((s) => s.color),
      PACE_LINE.color,
      REFERENCE_LINE.color,
      AXIS.text,
    ];
    expect(graphics.filter((c) => contrast(c, '#ffffff') < 3)).toEqual([]);
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
