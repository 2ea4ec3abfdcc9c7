import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from '../misbehavingRows.fixture';
import { OIL_AGREEMENT_IDS, OIL_PACE_ID, OIL_RUNNING_TOTAL_YEARS, shapeOilVolumes } from './shape';

const ALL = { range: { from: 1992, to: 2026 }, reporters: ['AZ', 'KZ'] as const };
const real = shapeOilVolumes({ observations: dataset.observations, ...ALL });
const byId = (id: string) => dataset.observations.find((o) => o.id === id)!;

describe('shapeOilVolumes on the dataset', () => {
  it('draws every shipment of each calendar year from 2022 on, as published, each source its own bar', () => {
    const annual = dataset.observations.filter((o) => o.indicator === 'oil.aktau-to-baku' && o.measure === 'flow' && /^\d{4}$/.test(o.period));
    const outcomes = real.annual.flatMap((a) => a.bars.filter((b) => b.kind === 'outcome'));
    expect(outcomes.map((b) => b.observationId).sort()).toEqual(annual.map((o) => o.id).sort());
    for (const o of annual) expect(outcomes.find((b) => b.observationId === o.id)).toMatchObject({ year: Number(o.period), value: o.value, qualifier: o.qualifier });
  });

  it('keeps both Kazakh sources for 2025 (the minister and KazMunayGas), neither chosen over the other', () => {
    const y2025 = real.annual.find((a) => a.year === 2025)!.bars;
    expect(y2025.map((b) => [b.kind, b.slot, b.observationId, b.value])).toEqual([
      ['outcome', 0, 'oil-aktau-to-baku-2025-kz', byId('oil-aktau-to-baku-2025-kz').value],
      ['outcome', 1, 'oil-aktau-to-baku-2025-kmg', byId('oil-aktau-to-baku-2025-kmg').value],
    ]);
    expect(y2025[0]!.sourceId).not.toBe(y2025[1]!.sourceId);
  });

  it('draws the 2026 plans apart from outcomes, with their status, both sources kept', () => {
    const y2026 = real.annual.find((a) => a.year === 2026)!.bars;
    expect(y2026.map((b) => [b.kind, b.measure, b.status, b.slot, b.observationId])).toEqual([
      ['plan', 'plan', 'planned', 0, 'oil-aktau-to-baku-2026-plan-kz'],
      ['plan', 'forecast', 'expected', 1, 'oil-aktau-to-baku-2026-forecast-kmg'],
    ]);
    expect(real.annualSeries.map((s) => [s.key, s.kind])).toEqual([
      ['KZ', 'outcome'],
      ['KZ-2', 'outcome'],
      ['plan-KZ', 'plan'],
      ['plan-KZ-2', 'plan'],
    ]);
    // Plans for years with an outcome stay notes, never bars.
    expect(real.annual.filter((a) => a.year <= 2025).flatMap((a) => a.bars).every((b) => b.kind === 'outcome')).toBe(true);
  });

  it('keeps the 2024 “almost” and never draws plans or forecasts as outcomes', () => {
    const y2024 = real.annual.find((a) => a.year === 2024)!.bars[0]!;
    expect(y2024.qualifier).toBe('almost');
    expect(y2024.notes).toContainEqual(expect.objectContaining({ kind: 'plan', measure: 'plan' }));
    const y2025 = real.annual.find((a) => a.year === 2025)!.bars[0]!;
    expect(y2025.observationId).toBe('oil-aktau-to-baku-2025-kz');
    expect(y2025.notes.filter((n) => n.kind === 'plan').map((n) => (n.kind === 'plan' ? n.measure : '')).sort()).toEqual(['forecast', 'plan']);
  });

  it('draws the 2025 running total (H1, Jan–Aug 923 kt) to the first source’s year total, naming the other', () => {
    const l2025 = real.running.find((l) => l.year === 2025 && l.reporter === 'KZ')!;
    expect(l2025.points.map((p) => [p.month, p.value])).toEqual([
      [6, byId('oil-aktau-to-baku-2025-ytd-06-kz').value],
      [8, byId('oil-aktau-to-baku-2025-ytd-08-kz').value],
      [12, byId('oil-aktau-to-baku-2025-kz').value],
    ]);
    expect(l2025.points.at(-1)!.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'oil-aktau-to-baku-2025-kmg' }));
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

  it('never merges two sources of one year and side, and never draws a plan of a year with an outcome', () => {
    const other = { ...good, id: 'other-source', value: 900, sourceId: 'fixture-source-2' };
    const plan = { ...good, id: 'plan-2023', measure: 'plan', status: 'planned', value: 1200 };
    const plan2024 = { ...good, id: 'plan-2024', period: '2024', measure: 'forecast', status: 'expected', value: 1500 };
    const s = shapeOilVolumes({ observations: [good, other, plan, plan2024], ...ALL });
    expect(s.annual.map((a) => [a.year, a.bars.map((b) => [b.kind, b.slot, b.value])])).toEqual([
      [2023, [['outcome', 0, 1000], ['outcome', 1, 900]]],
      [2024, [['plan', 0, 1500]]],
    ]);
    expect(s.annual[0]!.bars[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'plan', measure: 'plan' }));
    expect(s.annual[1]!.bars[0]).toMatchObject({ measure: 'forecast', status: 'expected' });
  });

  it('keeps one point for two running totals of the same month', () => {
    const s = shapeOilVolumes({ observations: [good, ytd, { ...ytd, id: 'ytd-2', value: 420 }], ...ALL });
    expect(s.running[0]!.points[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'alternative', observationId: 'ytd-2' }));
  });
});
