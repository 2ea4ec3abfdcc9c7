import { describe, expect, it } from 'vitest';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from './misbehavingRows.fixture';
import { findEmptyReason, isReporterShown, partitionMilestones, partitionObservations, pickFigure, makeSpanKey } from './rows';

const good = { id: 'good', indicator: 'trade.turnover', unit: 'USD_million', measure: 'flow', period: '2023', reporter: 'KZ', value: 10, sourceId: 's' };

describe('partitionObservations', () => {
  it('keeps good rows and rejects every misbehaving one with a reason', () => {
    const bad = makeMisbehavingRows(good);
    expect(bad).toHaveLength(MISBEHAVING_ROW_COUNT);
    const { usable, rejected } = partitionObservations([good, ...bad]);
    expect(usable.map((o) => o.id)).toEqual(['good']);
    expect(rejected).toHaveLength(MISBEHAVING_ROW_COUNT);
    expect(rejected.every((r) => r.reason.length > 0)).toBe(true);
    const reasonOf = (id: string) => rejected.find((r) => r.id === id)?.reason;
    expect(reasonOf('bad-nan')).toMatch(/invalid value NaN/);
    expect(reasonOf('bad-missing-period')).toMatch(/period/);
    expect(reasonOf('bad-reporter')).toMatch(/unknown reporter "RU"/);
    expect(reasonOf('bad-month-13')).toMatch(/month 13/);
  });

  it('keeps the first of two rows with the same id', () => {
    const { usable, rejected } = partitionObservations([good, { ...good, value: 99 }]);
    expect(usable.map((o) => o.value)).toEqual([10]);
    expect(rejected[0]?.reason).toMatch(/duplicate id/);
  });

  it('fills the defaults zod would (exact, high confidence, not computed)', () => {
    const [o] = partitionObservations([good]).usable;
    expect(o).toMatchObject({ qualifier: 'exact', confidence: 'high', computed: false });
    expect(o?.parsed.end).toBe('2023-12-31');
  });
});

describe('partitionMilestones', () => {
  it('rejects milestones without a date, with an interval or a repeated id', () => {
    const ok = { id: 'm1', date: '2023-03-21', kind: 'energy', sourceId: 's' };
    const { usable, rejected } = partitionMilestones([ok, { ...ok }, { ...ok, id: 'm2', date: undefined }, { ...ok, id: 'm3', date: '2020/2021' }, null]);
    expect(usable.map((m) => m.id)).toEqual(['m1']);
    expect(rejected.map((r) => r.id)).toEqual(['m1', 'm2', 'm3', null]);
  });
});

describe('pickFigure', () => {
  const rows = partitionObservations([
    { ...good, id: 'first', value: 461.9 },
    { ...good, id: 'revised', value: 463.3, revises: 'first' },
    { ...good, id: 'low', value: 680, confidence: 'low' },
  ]).usable;

  it('prefers the revision, then higher confidence, and returns the rest', () => {
    const picked = pickFigure(rows)!;
    expect(picked.chosen.id).toBe('revised');
    expect(picked.replaced.map((o) => o.id)).toEqual(['first']);
    expect(picked.alternatives.map((o) => o.id)).toEqual(['low']);
  });

  it('keeps the dataset order between equals', () => {
    const twins = partitionObservations([
      { ...good, id: 'a', value: 1 },
      { ...good, id: 'b', value: 2 },
    ]).usable;
    expect(pickFigure(twins)!.chosen.id).toBe('a');
    expect(pickFigure([])).toBeNull();
  });
});

describe('helpers', () => {
  it('shows a side only when selected, and the unstated side only with both', () => {
    expect(isReporterShown('KZ', ['KZ'])).toBe(true);
    expect(isReporterShown('AZ', ['KZ'])).toBe(false);
    expect(isReporterShown('unknown', ['KZ'])).toBe(false);
    expect(isReporterShown('unknown', ['AZ', 'KZ'])).toBe(true);
  });

  it('names why nothing is drawn', () => {
    expect(findEmptyReason({ usable: 0, inRange: 0, shown: 0 })).toBe('no-data');
    expect(findEmptyReason({ usable: 5, inRange: 0, shown: 0 })).toBe('no-data-in-range');
    expect(findEmptyReason({ usable: 5, inRange: 2, shown: 0 })).toBe('no-data-for-reporters');
    expect(findEmptyReason({ usable: 5, inRange: 2, shown: 1 })).toBeNull();
  });

  it('gives periods covering the same days the same key', () => {
    const [h1, months] = partitionObservations([
      { ...good, id: 'h1', period: '2024-H1' },
      { ...good, id: 'm', period: '2024-01/2024-06' },
    ]).usable;
    expect(makeSpanKey(h1!.parsed)).toBe(makeSpanKey(months!.parsed));
  });
});
