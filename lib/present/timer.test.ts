import { describe, expect, it } from 'vitest';
import { formatElapsed } from './timer';

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [3_600_000 + 5_000, '1:00:05'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d ms -> %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});
