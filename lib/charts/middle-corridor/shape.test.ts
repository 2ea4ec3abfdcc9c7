import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../../data/schema';
import { dataset } from '../../dataset';
import { MISBEHAVING_ROW_COUNT, makeMisbehavingRows } from '../misbehavingRows.fixture';
import { CORRIDOR_INDICATORS, makeCorridorSeriesKey, shapeMiddleCorridor } from './shape';

const ALL = { range: { from: 1990, to: 2030 }, reporters: ['AZ', 'KZ'] as const };
const real = shapeMiddleCorridor({ observations: dataset.observations, ...ALL });
const own = dataset.observations.filter((o) => (CORRIDOR_INDICATORS as readonly string[]).includes(o.indicator));
const panel = (id: 'tonnes' | 'teu') => real.panels.find((p) => p.panel === id)!;

describe('shapeMiddleCorridor on the dataset', () => {
  it('draws every outcome of the chart’s indicators once, in the series of its own scope and side', () => {
    const flows = own.filter((o) => o.measure === 'flow');
    const drawn = real.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => ({ id: pt.observationId, key: s.key, value: pt.value, unit: p.panel }))));
    expect(drawn.map((d) => d.id).sort()).toEqual(flows.map((o) => o.id).sort());
    for (const d of drawn) {
      const o = flows.find((f) => f.id === d.id)!;
      expect(d.key).toBe(makeCorridorSeriesKey(o.scope!, o.reporter));
      expect(d.value).toBe(o.value);
      expect(d.unit).toBe(o.unit === 'TEU' ? 'teu' : 'tonnes');
    }
  });

  it('never joins scopes: one series per scope and side in each panel, each holding one scope only', () => {
    for (const p of real.panels) {
      expect(new Set(p.series.map((s) => s.key)).size).toBe(p.series.length);
      for (const s of p.series) for (const pt of s.points) expect(own.find((o) => o.id === pt.observationId)!.scope).toBe(s.scope);
    }
    expect(panel('tonnes').series.map((s) => s.key)).toEqual(['titr-whole-route~KZ', 'caspian-seaports~unknown', 'port-of-baku~AZ']);
    expect(panel('teu').series.map((s) => s.key)).toEqual(['titr-whole-route~KZ', 'caspian-seaports~unknown', 'aktau-baku-line~unknown', 'aktau-baku-line-kmtf~KZ', 'port-of-baku~AZ']);
  });

  it('draws 2019–2025 and the whole route’s seven years in tonnes', () => {
    expect(real.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(panel('tonnes').series[0]!.points.map((p) => [p.year, p.value])).toEqual(
      own.filter((o) => o.scope === 'titr-whole-route' && o.unit === 'tonnes' && o.measure === 'flow').map((o) => [Number(o.period), o.value]),
    );
  });

  it('keeps plans apart from outcomes and the 2029 target as a reference, not a point', () => {
    const plans = own.filter((o) => o.measure === 'plan');
    expect(real.panels.flatMap((p) => p.plans.map((pl) => pl.observationId)).sort()).toEqual(plans.map((o) => o.id).sort());
    const drawnIds = new Set(real.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.observationId))));
    for (const o of own.filter((x) => x.measure !== 'flow')) expect(drawnIds.has(o.id)).toBe(false);
    expect(panel('teu').targets).toEqual([expect.objectContaining({ observationId: 'corridor-containers-2029-target-kz', year: 2029, value: 300_000 })]);
    expect(panel('teu').maxValue).toBe(300_000);
  });
});

describe('shapeMiddleCorridor filters', () => {
  it('follows the years, keeps the target with the figures and says when a range is empty', () => {
    const y2024 = shapeMiddleCorridor({ observations: dataset.observations, ...ALL, range: { from: 2024, to: 2024 } });
    expect(y2024.years).toEqual([2024]);
    expect(y2024.panels.flatMap((p) => p.plans)).toEqual([]);
    expect(y2024.panels.find((p) => p.panel === 'teu')!.targets).toHaveLength(1);
    const empty = shapeMiddleCorridor({ observations: dataset.observations, ...ALL, range: { from: 2005, to: 2010 } });
    expect(empty.emptyReason).toBe('no-data-in-range');
    expect(empty.panels).toEqual([]);
    expect(empty.sourceIds).toEqual([]);
  });

  it('ignores the side filter: each series names its own side', () => {
    expect(shapeMiddleCorridor({ observations: dataset.observations, ...ALL, reporters: ['AZ'] })).toEqual(real);
  });
});

describe('shapeMiddleCorridor with misbehaving rows', () => {
  const good = { id: 'ok', indicator: 'corridor.cargo', unit: 'tonnes', measure: 'flow', period: '2024', reporter: 'KZ', scope: 'titr-whole-route', value: 1000, sourceId: 'fixture-source' };
  const other = { ...good, id: 'ok-port', scope: 'port-of-baku', reporter: 'AZ', value: 2000 };

  it('draws only the good rows', () => {
    const s = shapeMiddleCorridor({ observations: [good, other, ...makeMisbehavingRows(good)], ...ALL });
    expect(s.rejected).toHaveLength(MISBEHAVING_ROW_COUNT);
    expect(s.panels.map((p) => p.series.map((x) => x.points.map((pt) => pt.value)))).toEqual([[[1000], [2000]]]);
    expect(JSON.stringify({ ...s, rejected: [] })).not.toMatch(/NaN|Infinity/);
  });

  it('rejects a figure whose scope is unknown or missing, naming it, and never joins two scopes of one year and side', () => {
    const rows = [good, { ...good, id: 'no-scope', scope: undefined }, { ...good, id: 'bad-scope', scope: 'whole-caspian' }, { ...good, id: 'same-side-other-scope', scope: 'caspian-seaports', value: 500 }];
    const s = shapeMiddleCorridor({ observations: rows, ...ALL });
    expect(s.rejected).toEqual([
      { index: 1, id: 'no-scope', reason: 'unknown scope undefined' },
      { index: 2, id: 'bad-scope', reason: 'unknown scope "whole-caspian"' },
    ]);
    const series = s.panels[0]!.series;
    expect(series.map((x) => [x.key, x.points.map((pt) => pt.value)])).toEqual([
      ['titr-whole-route~KZ', [1000]],
      ['caspian-seaports~KZ', [500]],
    ]);
  });

  it('orders series by scope whatever the rows’ order, and knows every scope', () => {
    const rows = [...SCOPES].reverse().map((scope, i) => ({ ...good, id: `r${i}`, scope }));
    expect(shapeMiddleCorridor({ observations: rows, ...ALL }).panels[0]!.series.map((x) => x.scope)).toEqual([...SCOPES]);
  });

  it('keeps one point for two figures of the same scope, side and year, naming the other', () => {
    const s = shapeMiddleCorridor({ observations: [good, { ...good, id: 'ok-2', value: 1100, confidence: 'medium' }], ...ALL });
    expect(s.panels[0]!.series[0]!.points).toEqual([expect.objectContaining({ value: 1000, notes: [expect.objectContaining({ kind: 'alternative', observationId: 'ok-2' })] })]);
  });
});
