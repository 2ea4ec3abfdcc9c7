import { describe, expect, it } from 'vitest';
import { DATA_FILES } from './index';
import { validateDataset } from '../lib/validate';
import { isFullYear } from '../lib/period';

const result = validateDataset(DATA_FILES);

describe('the shipped dataset', () => {
  it('is valid (every problem listed)', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const dataset = result.ok ? result.dataset : null;
  const obs = dataset?.observations ?? [];

  it('keeps both sides of the 2022 trade disagreement', () => {
    const y2022 = obs.filter((o) => o.indicator === 'trade.turnover' && o.period === '2022');
    expect(y2022.find((o) => o.reporter === 'AZ')?.value).toBe(598.47);
    expect(y2022.filter((o) => o.reporter === 'KZ').map((o) => o.value).sort()).toEqual([461.9, 463.3]);
  });

  it('has the article’s investment figures in both directions', () => {
    expect(obs.find((o) => o.indicator === 'invest.kz-to-az' && o.value === 102.2)).toBeDefined();
    expect(obs.find((o) => o.indicator === 'invest.az-to-kz' && o.value === 205.2)).toBeDefined();
  });

  it('has yearly trade from both reporters over 2018-2024', () => {
    const years = (r: string) =>
      new Set(obs.filter((o) => o.indicator === 'trade.turnover' && o.reporter === r && isFullYear(o.period)).map((o) => o.period));
    expect([...years('KZ')].sort()).toEqual(expect.arrayContaining(['2018', '2022', '2023', '2024']));
    expect([...years('AZ')].sort()).toEqual(expect.arrayContaining(['2019', '2022', '2024']));
  });

  it('has oil shipped for BTC for every year 2022-2025 and running totals for 2023 and 2024', () => {
    const annual = obs.filter((o) => o.indicator === 'oil.aktau-to-baku' && o.measure === 'flow' && isFullYear(o.period)).map((o) => o.period);
    expect(new Set(annual)).toEqual(new Set(['2022', '2023', '2024', '2025']));
    const ytd = obs.filter((o) => o.indicator === 'oil.aktau-to-baku' && o.measure === 'ytd');
    expect(ytd.filter((o) => o.period.startsWith('2023')).length).toBeGreaterThanOrEqual(4);
    expect(ytd.filter((o) => o.period.startsWith('2024')).length).toBeGreaterThanOrEqual(4);
  });

  it('describes the route Tengiz -> Aktau -> Sangachal -> Ceyhan in three legs by rail, tanker, pipeline', () => {
    const legs = [...(dataset?.routeSegments ?? [])].sort((a, b) => a.order - b.order);
    expect(legs.map((s) => [s.from, s.to, s.mode])).toEqual([
      ['tengiz', 'aktau', 'rail'],
      ['aktau', 'sangachal', 'tanker'],
      ['sangachal', 'ceyhan', 'pipeline'],
    ]);
    expect(legs.map((s) => s.geometryAccuracy)).toEqual(['approximate', 'approximate', 'traced']);
  });

  it('marks every computed figure as such in its note', () => {
    const bad = obs.filter((o) => o.computed && !/computed/i.test(o.note ?? ''));
    expect(bad.map((o) => o.id)).toEqual([]);
  });
});
