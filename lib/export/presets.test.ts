import { describe, expect, it } from 'vitest';
import { computeMinTextPx, computePixelSize, fitLayoutToText, parseScale, resolvePresetSize, SIZE_PRESETS } from './presets';

describe('resolvePresetSize', () => {
  it('gives the slide sizes the issue names, in pixels at 1x', () => {
    expect(resolvePresetSize('slide-16x9').output).toEqual({ width: 1920, height: 1080 });
    expect(resolvePresetSize('slide-4x3').output).toEqual({ width: 1600, height: 1200 });
    expect(resolvePresetSize('square').output).toEqual({ width: 1080, height: 1080 });
  });

  it('keeps the aspect ratio between layout and output for every fixed preset', () => {
    for (const preset of SIZE_PRESETS.filter((p) => p !== 'screen')) {
      const { layout, output } = resolvePresetSize(preset);
      expect(Math.abs(layout.width / layout.height - output.width / output.height)).toBeLessThan(0.01);
    }
  });

  it('uses the on-screen width for "as on screen", height from the content', () => {
    expect(resolvePresetSize('screen', { width: 812.4, height: 0 })).toEqual({ layout: { width: 812, height: 0 }, output: { width: 812, height: 0 } });
  });
});

describe('computePixelSize / parseScale', () => {
  it('multiplies the output size by the scale', () => {
    expect(computePixelSize({ width: 1920, height: 1080 }, 4)).toEqual({ width: 7680, height: 4320 });
  });
  it('reads 1, 2, 4 and falls back to 2', () => {
    expect(parseScale('4')).toBe(4);
    expect(parseScale(1)).toBe(1);
    expect(parseScale('3')).toBe(2);
    expect(parseScale('x')).toBe(2);
  });
});

describe('type floor', () => {
  it('is 24 px on the 1920x1080 image and in proportion to the height elsewhere; none "as on screen"', () => {
    expect(computeMinTextPx(resolvePresetSize('slide-16x9'))).toBe(24);
    expect(computeMinTextPx(resolvePresetSize('slide-4x3'))).toBeCloseTo(26.67, 2);
    expect(computeMinTextPx(resolvePresetSize('square'))).toBe(24);
    expect(computeMinTextPx(resolvePresetSize('screen', { width: 900, height: 0 }))).toBeNull();
  });

  it('shrinks the layout (same shape) until the smallest text reaches the floor, and only then', () => {
    const size = resolvePresetSize('slide-16x9');
    // 16 CSS px at 1920/1280 = 24 px: the layout stays.
    expect(fitLayoutToText(size, 16, 24)).toEqual(size.layout);
    // 12 CSS px must come out at 24: the layout is 1920/2 wide.
    expect(fitLayoutToText(size, 12, 24)).toEqual({ width: 960, height: 540 });
    const small = fitLayoutToText(size, 11.56, 24);
    expect((11.56 * size.output.height) / small.height).toBeGreaterThanOrEqual(24);
    expect(fitLayoutToText(size, 12, null)).toEqual(size.layout);
  });
});
