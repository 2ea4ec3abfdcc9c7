import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { computeMidYear, shapeInvestmentFlows } from './shape';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from '../misbehavingRows.fixture';
import { partitionObservations } from '../rows';

const ALL = { range: { from: 1992, to: 2025 }, reporters: ['AZ', 'KZ'] as const };
const real = shapeInvestmentFlows({ observations: dataset.observations, ...ALL });

describe('shapeInvestmentFlows on the dataset', () => {
  it('draws every investment figure once, in its direction', () => {
    const invest = dataset.observations.filter((o) => o.indicator.startsWith('invest.'));
    const drawn = [...real.bars.kzToAz, ...real.bars.azToKz];
    expect(drawn.map((b) => b.observationId).sort()).toEqual(invest.map((o) => o.id).sort());
    expect(real.bars.kzToAz.every((b) => dataset.observations.find((o) => o.id === b.observationId)!.indicator.startsWith('invest.kz-to-az'))).toBe(true);
  });

  it('says whether a figure is cumulative or one year, and lists cumulative totals first', () => {
    const az = real.bars.azToKz;
    expect(az.find((b) => b.observationId === 'inv-az-to-kz-2019-kz')).toMatchObject({ span: 'year', startYear: 2019, endYear: 2019 });
    expect(az.find((b) => b.observationId === 'inv-az-to-kz-to-2023-az')).toMatchObject({ span: 'cumulative', startYear: null, endYear: 2023 });
    const spans = az.map((b) => b.span);
    expect(spans.indexOf('year')).toBeGreaterThan(spans.lastIndexOf('cumulative'));
  });

  it('keeps the non-oil figures apart and qualified', () => {
    expect(real.bars.azToKz.find((b) => b.scope === 'non-oil')).toMatchObject({ qualifier: 'more-than', value: 200 });
  });

  it('places the company counts in time with their qualifiers', () => {
    expect(real.companies.map((c) => [c.period, c.qualifier])).toEqual([
      ['2020-09', 'approx'],
      ['2022-06', 'exact'],
      ['2023-04', 'more-than'],
      ['2023', 'exact'],
      ['2025-10', 'more-than'],
    ]);
    expect(real.companies.map((c) => c.x)).toEqual([...real.companies.map((c) => c.x)].sort((a, b) => a - b));
  });

  it('shares one scale across both directions', () => {
    expect(real.maxValue).toBe(Math.max(...dataset.observations.filter((o) => o.indicator.startsWith('invest.')).map((o) => o.value)));
  });
});

describe('shapeInvestmentFlows filters', () => {
  it('keeps figures whose period ends in the selected years', () => {
    const s = shapeInvestmentFlows({ observations: dataset.observations, range: { from: 2019, to: 2019 }, reporters: ['AZ', 'KZ'] });
    expect([...s.bars.kzToAz, ...s.bars.azToKz].map((b) => b.period).sort()).toEqual(['2018/2019', '2019']);
    expect(s.companiesEmptyReason).toBe('no-data-in-range');
  });

  it('filters by side and says when a side has nothing', () => {
    const kz = shapeInvestmentFlows({ observations: dataset.observations, ...ALL, reporters: ['KZ'] });
    expect(new Set([...kz.bars.kzToAz, ...kz.bars.azToKz].map((b) => b.reporter))).toEqual(new Set(['KZ']));
    expect(kz.companiesEmptyReason).toBe('no-data-for-reporters');
    expect(shapeInvestmentFlows({ observations: dataset.observations, range: { from: 2005, to: 2010 }, reporters: ['AZ', 'KZ'] }).emptyReason).toBe('no-data-in-range');
  });
});

describe('shapeInvestmentFlows with misbehaving rows', () => {
  const good = { id: 'ok', indicator: 'invest.kz-to-az', unit: 'USD_million', measure: 'cumulative', period: '2005/2022', reporter: 'AZ', value: 50, sourceId: 'fixture-source' };
  const company = { id: 'co', indicator: 'companies.kz-capital-in-az', unit: 'count', measure: 'stock', period: '2024', reporter: 'AZ', value: 9, sourceId: 'fixture-source' };

  it('draws only the good rows', () => {
    const s = shapeInvestmentFlows({ observations: [good, company, ...makeMisbehavingRows(good), ...makeMisbehavingRows(company)], ...ALL });
    expect(s.rejected).toHaveLength(2 * MISBEHAVING_ROW_COUNT);
    expect(s.bars.kzToAz.map((b) => b.value)).toEqual([50]);
    expect(s.companies.map((c) => c.value)).toEqual([9]);
    expect(JSON.stringify({ ...s, rejected: [] })).not.toMatch(/NaN|Infinity/);
  });

  it('keeps one bar for two figures of the same span and side', () => {
    const s = shapeInvestmentFlows({ observations: [good, { ...good, id: 'ok-2', value: 60, confidence: 'low' }], ...ALL });
    expect(s.bars.kzToAz).toHaveLength(1);
    expect(s.bars.kzToAz[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'ok-2' }));
  });

  it('does not draw a part-year flow or a computed figure', () => {
    const s = shapeInvestmentFlows({ observations: [{ ...good, measure: 'flow', period: '2022-H1' }, { ...good, id: 'c', computed: true }], ...ALL });
    expect(s.emptyReason).toBe('no-data');
  });
});

describe('computeMidYear', () => {
  it('is the middle of the period as a decimal year', () => {
    const [year, month, open] = partitionObservations([
      { id: 'a', indicator: 'x', unit: 'count', measure: 'stock', period: '2023', reporter: 'AZ', value: 1, sourceId: 's' },
      { id: 'b', indicator: 'x', unit: 'count', measure: 'stock', period: '2020-09', reporter: 'AZ', value: 1, sourceId: 's' },
      { id: 'c', indicator: 'x', unit: 'count', measure: 'stock', period: '../2023', reporter: 'AZ', value: 1, sourceId: 's' },
    ]).usable;
    expect(computeMidYear(year!)).toBeCloseTo(2023.5, 2);
    expect(computeMidYear(month!)).toBeCloseTo(2020.71, 2);
    expect(Math.floor(computeMidYear(open!))).toBe(2023);
  });
});
