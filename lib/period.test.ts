import { describe, expect, it } from 'vitest';
import { isFullYear, parsePeriod } from './period';

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2022-Q1', '2022-01-01', '2022-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-03-21', '2023-03-21', '2023-03-21'],
    ['2024-01/2024-04', '2024-01-01', '2024-04-30'],
    ['2005/2020', '2005-01-01', '2020-12-31'],
  ])('reads %s as %s to %s', (text, start, end) => {
    const r = parsePeriod(text);
    expect(r.ok && [r.value.start, r.value.end]).toEqual([start, end]);
  });

  it('reads an open start', () => {
    const r = parsePeriod('../2023');
    expect(r.ok && r.value.start).toBeNull();
    expect(r.ok && r.value.end).toBe('2023-12-31');
  });

  it.each([
    ['', 'non-empty'],
    ['2023-13', 'month 13'],
    ['2023-02-30', 'day 30 does not exist'],
    ['1800', 'out of range'],
    ['23', 'expected YYYY'],
    ['2024-04/2024-01', 'start is after end'],
    ['2020/2021/2022', 'more than one'],
    ['2023-H3', 'expected YYYY'],
  ])('rejects %j and says why (%s)', (text, reason) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });

  it.each([null, undefined, 2023, NaN, {}])('rejects non-strings (%j) without throwing', (value) => {
    expect(parsePeriod(value).ok).toBe(false);
  });

  it('knows full years from partial periods', () => {
    expect(isFullYear('2023')).toBe(true);
    expect(isFullYear('2024-H1')).toBe(false);
    expect(isFullYear('2023/2024')).toBe(false);
    expect(isFullYear('nonsense')).toBe(false);
  });
});
