import { describe, expect, it } from 'vitest';
import { digitsFor, formatNumber, formatPercent, formatPeriod, scaleValue } from './format';

describe('formatNumber', () => {
  it('uses a decimal comma in az, ru and kk and a point in en', () => {
    expect(formatNumber(598.47, 'en')).toBe('598.47');
    expect(formatNumber(598.47, 'az')).toBe('598,47');
    expect(formatNumber(598.47, 'ru')).toBe('598,47');
    expect(formatNumber(598.47, 'kk')).toBe('598,47');
  });
  it('groups thousands per locale', () => {
    expect(formatNumber(1392000, 'en')).toBe('1,392,000');
    expect(formatNumber(1392000, 'az')).toBe('1.392.000');
    expect(formatNumber(1392000, 'ru').replace(/\s/g, ' ')).toBe('1 392 000');
  });
  it('formats signed percentages', () => {
    expect(formatPercent(14.2, 'en')).toBe('+14.2%');
    // A true minus (U+2212) in every language, not the hyphen Intl writes in some.
    expect(formatPercent(-47.9, 'ru').replace(/\s/g, ' ')).toBe('\u221247,9 %');
    for (const locale of ['en', 'az', 'ru', 'kk']) expect(formatPercent(-22.6, locale)).not.toMatch(/-/);
  });
});

describe('scaleValue', () => {
  it('turns tonnes into million or thousand tonnes', () => {
    expect(scaleValue(1392000, 'tonnes')).toEqual({ value: 1.392, scale: 'million', unitKey: 'tonnes.million' });
    expect(scaleValue(152400, 'tonnes')).toEqual({ value: 152.4, scale: 'thousand', unitKey: 'tonnes.thousand' });
    expect(scaleValue(598.47, 'USD_million')).toEqual({ value: 598.47, scale: 'one', unitKey: 'USD_million.one' });
  });
  it('keeps the precision of the source', () => {
    expect(digitsFor(1.392)).toBe(3);
    expect(digitsFor(598.47)).toBe(2);
    expect(digitsFor(134)).toBe(0);
  });
});

describe('formatPeriod', () => {
  it('writes years, ranges and days', () => {
    expect(formatPeriod('2023', 'en')).toBe('2023');
    expect(formatPeriod('2005/2020', 'ru')).toBe('2005–2020');
    expect(formatPeriod('2023-03-21', 'en', 'long')).toBe('21 March 2023');
    expect(formatPeriod('2023-03-21', 'az', 'long')).toBe('21 mart 2023');
    expect(formatPeriod('2024-01/2024-04', 'en').replace(/\s/g, ' ')).toBe('Jan – Apr 2024');
    // The year once within a year, in Russian too (ICU writes it at both ends); across years at both.
    expect(formatPeriod('2018-01/2018-09', 'ru').replace(/\s/g, ' ')).toBe('янв. – сент. 2018 г.');
    expect(formatPeriod('2023-11/2024-02', 'ru').replace(/\s/g, ' ')).toBe('нояб. 2023 г. – февр. 2024 г.');
    expect(formatPeriod('2024-H1', 'kk').replace(/\s/g, ' ')).toBe('2024 ж. қаң.–мау.');
    for (const l of ['az', 'en', 'ru', 'kk']) expect(formatPeriod('2025-01/2025-10', l).split('2025').length - 1, l).toBe(1);
    expect(formatPeriod('../2023', 'en')).toBe('2023');
  });
});
