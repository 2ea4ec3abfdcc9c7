import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { computeReporterGaps, turnoverOf } from './gap';
import { shapeTradeTurnover, type TradeBar, type TradeGroup } from './shape';

function value(id: string): number {
  const o = dataset.observations.find((x) => x.id === id);
  if (!o) throw new Error(`no observation ${id}`);
  return o.value;
}

function bar(reporter: TradeBar['reporter'], parts: Partial<Pick<TradeBar, 'turnover' | 'kzToAz' | 'azToKz'>>): TradeBar {
  return { reporter, segments: { kzToAz: null, azToKz: null, total: null }, height: 0, turnover: null, kzToAz: null, azToKz: null, balance: null, growth: null, confidence: 'high', notes: [], sourceIds: [], observationIds: [], ...parts };
}

const q = (v: number, qualifier: 'exact' | 'approx' | 'more-than' = 'exact') => ({ value: v, qualifier, observationId: `o${v}` });
const group = (period: string, bars: TradeBar[]): TradeGroup => ({ period, key: period, year: Number(period.slice(0, 4)), bars });

describe('computeReporterGaps', () => {
  it('takes Kazakhstan’s figure minus Azerbaijan’s, and the difference as % of Azerbaijan’s', () => {
    const [g] = computeReporterGaps([group('2024', [bar('AZ', { turnover: q(470) }), bar('KZ', { turnover: q(533.4) })])], true);
    expect(g).toMatchObject({ period: '2024', difference: 63.4, approximate: false, fullYear: true });
    expect(g!.percent).toBeCloseTo((63.4 / 470) * 100, 6);
  });

  it('is negative when Azerbaijan reports more', () => {
    const [g] = computeReporterGaps([group('2022', [bar('AZ', { turnover: q(598.47) }), bar('KZ', { turnover: q(463.3) })])], true);
    expect(g!.difference).toBe(-135.17);
    expect(g!.percent).toBeLessThan(0);
  });

  it('skips periods with one side, or a side of unstated origin', () => {
    expect(computeReporterGaps([group('2023', [bar('KZ', { turnover: q(529.4) })]), group('2021', [bar('unknown', { turnover: q(135.7) }), bar('KZ', { turnover: q(1) })])], true)).toEqual([]);
  });

  it('adds the two published directions when a side gave no turnover, and marks a qualified figure approximate', () => {
    const kz = bar('KZ', { kzToAz: q(100), azToKz: q(20, 'more-than') });
    expect(turnoverOf(kz)).toMatchObject({ value: 120, qualifier: 'approx' });
    const [g] = computeReporterGaps([group('2019', [bar('AZ', { turnover: q(100) }), kz])], true);
    expect(g).toMatchObject({ difference: 20, percent: 20, approximate: true });
  });

  it('gives no percent on a zero base, never NaN or Infinity', () => {
    const gaps = computeReporterGaps([group('2020', [bar('AZ', { turnover: q(0) }), bar('KZ', { turnover: q(5) })])], true);
    expect(gaps[0]!.percent).toBeNull();
    expect(JSON.stringify(gaps)).not.toMatch(/NaN|Infinity/);
  });
});

describe('the reporter gaps of the dataset', () => {
  const shape = shapeTradeTurnover({ observations: dataset.observations, range: { from: 1992, to: 2030 }, reporters: ['AZ', 'KZ'] });

  it('has one gap per period both sides reported, years then parts of a year', () => {
    expect(shape.gaps.map((g) => [g.period, g.fullYear])).toEqual([
      ['2022', true],
      ['2024', true],
      ['2024-01/2024-04', false],
    ]);
  });

  it('computes each from the figures drawn', () => {
    const y2024 = shape.gaps.find((g) => g.period === '2024')!;
    expect(y2024.difference).toBeCloseTo(value('trade-turnover-2024-kz') - value('trade-turnover-2024-az'), 6);
    const y2022 = shape.gaps.find((g) => g.period === '2022')!;
    // The Kazakh revision (463.3) and the article's 598.47, as the bars show them.
    expect([y2022.kz.value, y2022.az.value]).toEqual([value('trade-turnover-2022-kz-rev'), value('trade-turnover-2022-az')]);
    const jan = shape.gaps.find((g) => g.period === '2024-01/2024-04')!;
    expect(jan.percent).toBeCloseTo(((value('trade-turnover-2024-01-04-kz') - value('trade-turnover-2024-01-04-az')) / value('trade-turnover-2024-01-04-az')) * 100, 6);
  });

  it('has none when one side is filtered out', () => {
    expect(shapeTradeTurnover({ observations: dataset.observations, range: { from: 1992, to: 2030 }, reporters: ['KZ'] }).gaps).toEqual([]);
  });
});
