import { describe, expect, it } from 'vitest';
import { measureAdvances } from '../../scripts/labelAdvances';
import table from './notoSansAdvances.json';
import { measureTextWidth } from './textWidth';

describe('measureTextWidth', () => {
  it('reads the committed advances of Noto Sans (npm run label-advances rewrites them)', async () => {
    expect(await measureAdvances()).toEqual(table);
  });
  it('gives widths in px from the font: wider in bold, in proportion to the size, never zero for an unknown sign', () => {
    const regular = measureTextWidth('Sangachal', { size: 14 });
    expect(regular).toBeGreaterThan(55);
    expect(regular).toBeLessThan(80);
    expect(measureTextWidth('Sangachal', { size: 14, weight: 700 })).toBeGreaterThan(regular);
    expect(measureTextWidth('Sangachal', { size: 28 })).toBeCloseTo(2 * regular, 6);
    expect(measureTextWidth('ӘЗІРБАЙЖАН', { size: 13, letterSpacing: 1 })).toBeCloseTo(measureTextWidth('ӘЗІРБАЙЖАН', { size: 13 }) + 10, 6);
    expect(measureTextWidth('\u{1F600}', { size: 10 })).toBeGreaterThan(5);
  });
});
