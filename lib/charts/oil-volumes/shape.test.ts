import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from '../misbehavingRows.fixture';
import { OIL_AGREEMENT_IDS, OIL_PACE_ID, OIL_RUNNING_TOTAL_YEARS, shapeOilVolumes } from './shape';

const ALL = { range: { from: 1992, to: 2025 }, reporters: ['AZ', 'KZ'] as const };
const real = shapeOilVolumes({ observations: dataset.observations, ...ALL });
const byId = (id: string) => dataset.observations.find((o) => o.id === id)!;

describe('shapeOilVolumes on the dataset', () => {
  it('draws the shipments of each calendar year from 2022 on, as published', () => {
    const annual = dataset.observations.filter((o) => o.indicator === 'oil.aktau-to-baku' && o.measure === 'flow' && /^\d{4}$/.test(o.period));
    expect(real.annual.map((a) => a.year)).toEqual(annual.map((o) => Number(o.period)));
    for (const o of annual) expect(real.annual.find((a) => a.year === Number(o.period))!.bars[0]).toMatchObject({ value: o.value, qualifier: o.qualifier });
  });

  it('keeps the 2024 “almost” and never draws plans or forecasts as outcomes', () => {
    const y2024 = real.annual.find((a) => a.year === 2024)!.bars[0]!;
    expect(y2024.qualifier).toBe('almost');
    expect(y2024.notes).toContainEqual(expect.objectContaining({ kind: 'plan', measure: 'plan' }));
    const y2025 = real.annual.find((a) => a.year === 2025)!.bars[0]!;
    expect(y2025.observationId).toBe('oil-aktau-to-baku-2025-kz');
    expect(y2025.notes.filter((n) => n.kind === 'plan').map((n) => (n.kind === 'plan' ? n.measure : '')).sort()).toEqual(['forecast', 'plan']);
  });

  it('draws running totals for the chosen years, ending with the year total in December', () => {
    expect(real.running.map((l) => l.year)).toEqual([...OIL_RUNNING_TOTAL_YEARS]);
    const l2023 = real.running[0]!;
    expect(l2023.points.map((p) => p.month)).toEqual([8, 9, 10, 11, 12]);
    expect(l2023.points.at(-1)).toMatchObject({ isYearTotal: true, value: byId('oil-aktau-to-baku-2023-kz').value });
    expect(real.running[1]!.points.find((p) => p.month === 10)).toMatchObject({ qualifier: 'approx' });
  });

  it('looks the agreed volumes and the pace up by id', () => {
    expect(real.references.map((r) => [r.observationId, r.value])).toEqual(OIL_AGREEMENT_IDS.map((id) => [id, byId(id).value]));
    const pace = real.pace!;
    expect(pace.ratePerMonth).toBe(byId(OIL_PACE_ID).value);
    expect(pace.startMonth).toBe(3);
    expect(pace.points[0]).toEqual({ month: 2, value: 0 });
    expect(pace.points.at(-1)).toEqual({ month: 12, value: 10 * byId(OIL_PACE_ID).value });
  });

  it('shares one scale that fits the highest agreed volume', () => {
    expect(real.maxValue).toBe(Math.max(...OIL_AGREEMENT_IDS.map((id) => byId(id).value)));
  });
});

describe('shapeOilVolumes filters', () => {
  it('drops the pace with its year and says when a range is empty', () => {
    const y2024 = shapeOilVolumes({ observations: dataset.observations, range: { from: 2024, to: 2024 }, reporters: ['AZ', 'KZ'] });
    expect(y2024.running.map((l) => l.year)).toEqual([2024]);
    expect(y2024.pace).toBeNull();
    const empty = shapeOilVolumes({ observations: dataset.observations, range: { from: 2005, to: 2010 }, reporters: ['AZ', 'KZ'] });
    expect(empty.emptyReason).toBe('no-data-in-range');
    expect(empty.references).toEqual([]);
  });

  it('ignores the side filter: all shipments are Kazakh figures', () => {
    const az = shapeOilVolumes({ observations: dataset.observations, ...ALL, reporters: ['AZ'] });
    expect(az.annual).toEqual(real.annual);
  });
});

describe('shapeOilVolumes with misbehaving rows', () => {
  const good = { id: 'ok', indicator: 'oil.aktau-to-baku', unit: 'tonnes', measure: 'flow', period: '2023', reporter: 'KZ', value: 1000, sourceId: 'fixture-source' };
  const ytd = { ...good, id: 'ytd', measure: 'ytd', period: '2023-01/2023-06', value: 400 };

  it('draws only the good rows and survives missing reference ids', () => {
    const s = shapeOilVolumes({ observations: [good, ytd, ...makeMisbehavingRows(good), ...makeMisbehavingRows(ytd)], ...ALL });
    expect(s.rejected).toHaveLength(2 * MISBEHAVING_ROW_COUNT);
    expect(s.annual.map((a) => a.bars.map((b) => b.value))).toEqual([[1000]]);
    expect(s.running[0]!.points.map((p) => [p.month, p.value])).toEqual([
      [6, 400],
      [12, 1000],
    ]);
    expect(s.references).toEqual([]);
    expect(s.pace).toBeNull();
    expect(JSON.stringify({ ...s, rejected: [] })).not.toMatch(/NaN|Infinity/);
  });

  it('keeps one point for two running totals of the same month', () => {
    const s = shapeOilVolumes({ observations: [good, ytd, { ...ytd, id: 'ytd-2', value: 420 }], ...ALL });
    expect(s.running[0]!.points[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'ytd-2' }));
  });
});
