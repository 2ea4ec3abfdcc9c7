import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from '../misbehavingRows.fixture';
import { shapeTradeTurnover, type TradeBar, type TradeTurnoverShape } from './shape';

const ALL = { range: { from: 1992, to: 2025 }, reporters: ['AZ', 'KZ'] as const };
const real = shapeTradeTurnover({ observations: dataset.observations, ...ALL });

function bar(shape: TradeTurnoverShape, period: string, reporter: string): TradeBar | undefined {
  return [...shape.years, ...shape.partYears].find((g) => g.period === period)?.bars.find((b) => b.reporter === reporter);
}

function value(id: string): number {
  const o = dataset.observations.find((x) => x.id === id);
  if (!o) throw new Error(`no observation ${id}`);
  return o.value;
}

describe('shapeTradeTurnover on the dataset', () => {
  it('draws both sides side by side for 2022, never averaged', () => {
    const g = real.years.find((y) => y.period === '2022')!;
    expect(g.bars.map((b) => b.reporter)).toEqual(['AZ', 'KZ']);
    expect(bar(real, '2022', 'AZ')!.turnover!.value).toBe(value('trade-turnover-2022-az'));
    expect(bar(real, '2022', 'KZ')!.turnover!.value).toBe(value('trade-turnover-2022-kz-rev'));
  });

  it('uses the revision (463.3 beats 461.9) and says so', () => {
    const kz = bar(real, '2022', 'KZ')!;
    expect(kz.notes).toContainEqual({ kind: 'revised', observationId: 'trade-turnover-2022-kz-rev', replaced: { value: value('trade-turnover-2022-kz'), qualifier: 'exact', observationId: 'trade-turnover-2022-kz' } });
    expect(kz.azToKz!.observationId).toBe('trade-az-to-kz-2022-kz-rev');
  });

  it('keeps the article’s 598.47 with its medium confidence and names the other AZ figure', () => {
    const az = bar(real, '2022', 'AZ')!;
    expect(az.confidence).toBe('medium');
    expect(az.notes.map((n) => n.kind).sort()).toEqual(['alternative', 'confidence']);
    expect(az.notes.find((n) => n.kind === 'alternative')).toMatchObject({ observationId: 'trade-turnover-2022-az-680' });
  });

  it('stacks the two directions only where both were published for the same period', () => {
    expect(bar(real, '2023', 'KZ')!.segments).toEqual({ kzToAz: value('trade-kz-to-az-2023-kz'), azToKz: value('trade-az-to-kz-2023-kz'), total: null });
    expect(bar(real, '2019', 'AZ')!.segments.total).toBeNull();
    // 2018: Kazakhstan published its exports for the year but not its imports: one bar of turnover.
    const kz2018 = bar(real, '2018', 'KZ')!;
    expect(kz2018.segments).toEqual({ kzToAz: null, azToKz: null, total: value('trade-turnover-2018-kz') });
    expect(kz2018.notes).toContainEqual({ kind: 'one-direction-only', direction: 'kzToAz', value: { value: value('trade-kz-to-az-2018-kz'), qualifier: 'exact', observationId: 'trade-kz-to-az-2018-kz' } });
  });

  it('computes the balance (KZ→AZ minus AZ→KZ) and marks it approximate when a direction is', () => {
    expect(bar(real, '2023', 'KZ')!.balance).toEqual({ value: 383.3, approximate: false });
    expect(bar(real, '2019', 'AZ')!.balance).toEqual({ value: 181, approximate: true });
  });

  it('computes the change on the previous year by the same side only', () => {
    const growth = bar(real, '2023', 'KZ')!.growth!;
    expect(growth.previousYear).toBe(2022);
    expect(growth.percent).toBeCloseTo(((529.4 - 463.3) / 463.3) * 100, 5);
    expect(bar(real, '2024', 'AZ')!.growth).toBeNull(); // no AZ figure for 2023
    expect(bar(real, '2021', 'unknown')!.growth).toBeNull(); // an unstated side may be two bodies
  });

  it('never draws a part-year figure as a year', () => {
    expect(real.years.every((g) => /^\d{4}$/.test(g.period))).toBe(true);
    expect(real.partYears.map((g) => g.period)).toEqual(['2018-01/2018-09', '2022-Q1', '2022-H1', '2024-01/2024-04', '2024-H1', '2025-H1', '2025-01/2025-07', '2025-01/2025-08', '2025-01/2025-10']);
  });

  it('leaves out computed and other-currency figures, and lists them', () => {
    expect(real.omitted.map((o) => [o.observationId, o.reason])).toEqual([
      ['trade-turnover-2023-azn', 'other-unit'],
      ['trade-turnover-2023-azn-usd', 'computed'],
    ]);
    expect(real.years.find((g) => g.period === '2023')!.bars.map((b) => b.reporter)).toEqual(['KZ']);
  });

  it('keeps both Kazakh figures for 2023 (529.4 and the transport minister’s 314), neither dropped', () => {
    const kz = bar(real, '2023', 'KZ')!;
    expect(kz.turnover!.value).toBe(value('trade-turnover-2023-kz'));
    expect(kz.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'trade-turnover-2023-kz-314', value: expect.objectContaining({ value: value('trade-turnover-2023-kz-314') }), confidence: 'high' }));
  });

  it('lists Azerbaijan’s non-oil exports with period and side, beside the bars, never stacked in them', () => {
    expect(real.nonOil.map((n) => [n.period, n.reporter, n.value.value])).toEqual([
      ['2023', 'unknown', value('trade-az-to-kz-non-oil-2023')],
      ['2025-01/2025-07', 'AZ', value('trade-az-to-kz-non-oil-2025-01-07-az')],
      ['2025-01/2025-08', 'AZ', value('trade-az-to-kz-non-oil-2025-01-08-az')],
      ['2025-01/2025-10', 'AZ', value('trade-az-to-kz-non-oil-2025-01-10-az')],
    ]);
    expect(bar(real, '2025-01/2025-10', 'AZ')!.height).toBe(value('trade-turnover-2025-01-10-az'));
    const kzOnly = shapeTradeTurnover({ observations: dataset.observations, range: { from: 2025, to: 2025 }, reporters: ['KZ'] });
    expect(kzOnly.nonOil).toEqual([]);
  });

  it('lists the sources of exactly the figures drawn and listed', () => {
    const drawn = [...real.years, ...real.partYears].flatMap((g) => g.bars.flatMap((b) => b.observationIds));
    const expected = new Set([...drawn.map((id) => dataset.observations.find((o) => o.id === id)!.sourceId), ...real.nonOil.map((n) => n.sourceId)]);
    expect(new Set(real.sourceIds)).toEqual(expected);
    expect(real.sourceIds).not.toContain('menafn-2024-02-01'); // source of the omitted AZN figure only
  });
});

describe('shapeTradeTurnover filters', () => {
  it('shows one side and hides figures of no stated side', () => {
    const kz = shapeTradeTurnover({ observations: dataset.observations, range: { from: 2019, to: 2024 }, reporters: ['KZ'] });
    expect(kz.series).toEqual(['KZ']);
    expect(kz.years.map((g) => g.period)).toEqual(['2022', '2023', '2024']);
    expect(kz.emptyReason).toBeNull();
  });

  it('keeps the change on a year filtered out (2022 → 2023 with from=2023)', () => {
    const s = shapeTradeTurnover({ observations: dataset.observations, range: { from: 2023, to: 2023 }, reporters: ['KZ'] });
    expect(bar(s, '2023', 'KZ')!.growth?.previousYear).toBe(2022);
  });

  it('says why it is empty', () => {
    expect(shapeTradeTurnover({ observations: dataset.observations, range: { from: 2005, to: 2010 }, reporters: ['AZ', 'KZ'] }).emptyReason).toBe('no-data-in-range');
    expect(shapeTradeTurnover({ observations: dataset.observations, range: { from: 2020, to: 2021 }, reporters: ['KZ'] }).emptyReason).toBe('no-data-for-reporters');
    expect(shapeTradeTurnover({ observations: [], ...ALL }).emptyReason).toBe('no-data');
  });
});

describe('shapeTradeTurnover with misbehaving rows', () => {
  const good = { id: 'ok-2023', indicator: 'trade.turnover', unit: 'USD_million', measure: 'flow', period: '2023', reporter: 'KZ', value: 100, sourceId: 'fixture-source' };

  it('draws only the good row, never NaN, and reports every bad one', () => {
    const s = shapeTradeTurnover({ observations: [good, ...makeMisbehavingRows(good)], ...ALL });
    expect(s.rejected).toHaveLength(MISBEHAVING_ROW_COUNT);
    expect(s.years).toHaveLength(1);
    expect(s.years[0]!.bars).toHaveLength(1);
    expect(s.years[0]!.bars[0]!.height).toBe(100);
    expect(JSON.stringify({ ...s, rejected: [] })).not.toMatch(/NaN|Infinity/);
    expect(s.sourceIds).toEqual(['fixture-source']);
  });

  it('picks one bar for two figures of the same side and year, and names the other', () => {
    const s = shapeTradeTurnover({ observations: [good, { ...good, id: 'dup-2023', value: 120 }], ...ALL });
    const b = s.years[0]!.bars;
    expect(b).toHaveLength(1);
    expect(b[0]!.turnover!.value).toBe(100);
    expect(b[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'dup-2023' }));
  });

  it('ignores other indicators and measures', () => {
    const s = shapeTradeTurnover({ observations: [{ ...good, indicator: 'oil.aktau-to-baku' }, { ...good, id: 'plan', measure: 'plan' }], ...ALL });
    expect(s.emptyReason).toBe('no-data');
  });
});
