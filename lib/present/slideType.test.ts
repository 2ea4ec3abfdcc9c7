import { describe, expect, it } from 'vitest';
import { labelWidth, roomFor, SLIDE_PLOT_FONT } from './slideType';
import { SLIDE_TYPE } from './stage';

describe('slide type', () => {
  it('plots write no smaller than the stage minimum', () => {
    expect(SLIDE_PLOT_FONT).toBeGreaterThanOrEqual(SLIDE_TYPE.min);
  });
  it('reserves room from the label text, numbers narrower than words', () => {
    expect(labelWidth('463.3')).toBeLessThan(labelWidth('Қаңтар'));
    expect(labelWidth('1 234,5')).toBe(Math.ceil(7 * SLIDE_PLOT_FONT * 0.62));
    expect(roomFor(['1', '598.47', '87.269'], 24, 10)).toBe(Math.ceil(6 * 24 * 0.62) + 10);
    expect(roomFor([])).toBe(16);
  });
});
