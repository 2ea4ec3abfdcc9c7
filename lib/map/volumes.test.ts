import { describe, expect, it } from 'vitest';
import { nameSourcesOfSharedYears, type VolumeSource } from './volumes';

const SOURCES: Record<string, VolumeSource> = {
  minister: { publisher: 'Day.az', published: '28 January 2026' },
  kmg: { publisher: 'Trend' },
  older: { publisher: 'Trend', published: '4 July 2025' },
  newer: { publisher: 'Trend', published: '2 October 2025' },
};
const sourceOf = (id: string) => SOURCES[id];
const row = (period: string, sourceId: string) => ({ period, sourceId });

describe('nameSourcesOfSharedYears', () => {
  it('names the publisher of each figure of a year that holds two, and nobody where a year holds one', () => {
    expect(nameSourcesOfSharedYears([row('2024', 'older'), row('2025', 'minister'), row('2025', 'kmg')], sourceOf)).toEqual([null, 'Day.az', 'Trend']);
  });

  it('adds the date where two figures of a year share a publisher', () => {
    expect(nameSourcesOfSharedYears([row('2025', 'older'), row('2025', 'newer'), row('2025', 'minister')], sourceOf)).toEqual([
      'Trend, 4 July 2025',
      'Trend, 2 October 2025',
      'Day.az',
    ]);
  });

  it('leaves a figure whose source is unknown unnamed, and an empty list empty', () => {
    expect(nameSourcesOfSharedYears([row('2025', 'nowhere'), row('2025', 'kmg')], sourceOf)).toEqual([null, 'Trend']);
    expect(nameSourcesOfSharedYears([], sourceOf)).toEqual([]);
  });
});
