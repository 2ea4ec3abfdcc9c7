import { describe, expect, it } from 'vitest';
import { computeNiceScale } from './scale';

describe('computeNiceScale', () => {
  it('rounds the top up to a round step', () => {
    expect(computeNiceScale(306.5)).toEqual({ max: 350, ticks: [0, 50, 100, 150, 200, 250, 300, 350] });
    expect(computeNiceScale(2200).max).toBe(2500);
    expect(computeNiceScale(598.47).max).toBe(600);
    expect(computeNiceScale(250).ticks).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('never leaves the largest value above the top', () => {
    for (const v of [0.3, 7, 13, 99, 101, 533.4, 1392, 9999]) {
      const s = computeNiceScale(v);
      expect(s.max).toBeGreaterThanOrEqual(v);
      expect(s.ticks.at(-1)).toBe(s.max);
      expect(s.ticks.length - 1).toBeLessThanOrEqual(7);
    }
  });

  it('gives a usable scale for nothing or nonsense', () => {
    expect(computeNiceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(computeNiceScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
