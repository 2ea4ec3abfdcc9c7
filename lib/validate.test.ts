import { describe, expect, it } from 'vitest';
import { validateDataset, type DataFile } from './validate';

const source = {
  id: 'src-a',
  title: 'A source',
  publisher: 'Trend',
  published: '2024-03-05',
  url: 'https://example.org/a',
  language: 'en',
  licence: 'Facts quoted with attribution',
};
const obs = {
  id: 'trade-kz-2023',
  indicator: 'trade.turnover',
  value: 529.4,
  unit: 'USD_million',
  period: '2023',
  measure: 'flow',
  reporter: 'KZ',
  sourceId: 'src-a',
};
const node = (id: string, lat: number, lon: number) => ({ id, kind: 'city', lat, lon, coordSourceId: 'src-a', confidence: 'high' });
const segment = {
  id: 'a-b',
  order: 1,
  from: 'a',
  to: 'b',
  mode: 'rail',
  lengthKm: 100,
  lengthComputed: true,
  lengthSourceId: 'src-a',
  operator: 'Someone',
  status: 'operating',
  geometryAccuracy: 'approximate',
  geometry: [
    [50, 40],
    [51, 40],
  ],
  geometrySourceId: 'src-a',
};

function files(overrides: Partial<Record<DataFile['kind'], unknown[]>> = {}): DataFile[] {
  return [
    { file: 'data/sources.ts', kind: 'sources', records: overrides.sources ?? [source] },
    { file: 'data/trade.ts', kind: 'observations', records: overrides.observations ?? [obs] },
    { file: 'data/milestones.ts', kind: 'milestones', records: overrides.milestones ?? [] },
    { file: 'data/route.ts', kind: 'routeNodes', records: overrides.routeNodes ?? [node('a', 40, 50), node('b', 40, 51)] },
    { file: 'data/route.ts', kind: 'routeSegments', records: overrides.routeSegments ?? [segment] },
  ];
}

function errorsOf(f: DataFile[]): string[] {
  const r = validateDataset(f);
  return r.ok ? [] : r.errors;
}

describe('validateDataset', () => {
  it('accepts a good dataset and fills defaults', () => {
    const r = validateDataset(files());
    expect(r.ok).toBe(true);
    expect(r.ok && r.dataset.observations[0]).toMatchObject({ qualifier: 'exact', confidence: 'high', computed: false });
  });

  it('names file, record and field for a missing source', () => {
    expect(errorsOf(files({ observations: [{ ...obs, sourceId: 'nowhere' }] }))).toEqual([
      'data/trade.ts: record "trade-kz-2023" field "sourceId": unknown source "nowhere" (not in data/sources.ts)',
    ]);
  });

  it('rejects a negative turnover', () => {
    const [e] = errorsOf(files({ observations: [{ ...obs, value: -1 }] }));
    expect(e).toMatch(/^data\/trade\.ts: record "trade-kz-2023" field "value": /);
  });

  it('rejects a date that does not parse', () => {
    const [e] = errorsOf(files({ observations: [{ ...obs, period: '2023-02-30' }] }));
    expect(e).toBe('data/trade.ts: record "trade-kz-2023" field "period": invalid period "2023-02-30": day 30 does not exist');
  });

  it('rejects a latitude of 200', () => {
    const errors = errorsOf(files({ routeNodes: [node('a', 200, 50), node('b', 40, 51)] }));
    expect(errors).toContain('data/route.ts: record "a" field "lat": latitude must be between -90 and 90');
  });

  it.each([
    ['null value', { value: null }, 'value'],
    ['NaN value', { value: Number.NaN }, 'value'],
    ['Infinity', { value: Number.POSITIVE_INFINITY }, 'value'],
    ['missing period', { period: undefined }, 'period'],
    ['unknown reporter', { reporter: 'TR' }, 'reporter'],
    ['unknown unit', { unit: 'bananas' }, 'unit'],
    ['unknown field', { colour: 'red' }, '(record)'],
  ])('rejects a misbehaving row: %s', (_name, patch, field) => {
    const errors = errorsOf(files({ observations: [{ ...obs, ...patch }] }));
    expect(errors.some((e) => e.startsWith(`data/trade.ts: record "trade-kz-2023" field "${field}"`))).toBe(true);
  });

  it('stops on a Middle Corridor figure with an unknown or missing scope, naming file, record and field', () => {
    const corridor = { ...obs, id: 'corridor-cargo-2024-x', indicator: 'corridor.cargo', unit: 'tonnes', value: 3_300_000, period: '2024', scope: 'caspian-seaports' };
    const at = (records: unknown[]) => errorsOf([{ file: 'data/corridor.ts', kind: 'observations', records }, ...files({ observations: [] })]);
    expect(at([corridor])).toEqual([]);
    const [unknown, ...rest] = at([{ ...corridor, scope: 'whole-caspian' }]);
    expect(rest).toEqual([]);
    expect(unknown).toMatch(/^data\/corridor\.ts: record "corridor-cargo-2024-x" field "scope": /);
    expect(at([{ ...corridor, scope: undefined }])).toEqual([
      'data/corridor.ts: record "corridor-cargo-2024-x" field "scope": required for "corridor.cargo" (what the figure counts: one of the SCOPES in data/schema.ts)',
    ]);
    expect(at([{ ...corridor, indicator: 'containers.aktau-baku', unit: 'TEU', scope: undefined }])[0]).toMatch(/field "scope": required for "containers\.aktau-baku"/);
  });

  it('rejects a plan or forecast without a status, naming file, record and field', () => {
    const plan = { ...obs, id: 'oil-2026-plan-kz', measure: 'plan' };
    expect(errorsOf(files({ observations: [plan] }))).toEqual([
      'data/trade.ts: record "oil-2026-plan-kz" field "status": a plan needs a status (planned, expected, under-discussion)',
    ]);
    expect(errorsOf(files({ observations: [{ ...plan, measure: 'forecast' }] }))[0]).toMatch(/^data\/trade\.ts: record "oil-2026-plan-kz" field "status": a forecast needs a status/);
    expect(errorsOf(files({ observations: [{ ...plan, status: 'planned' }] }))).toEqual([]);
    expect(errorsOf(files({ observations: [{ ...plan, status: 'maybe' }] }))[0]).toMatch(/field "status"/);
  });

  it('rejects a status on a measured outcome', () => {
    expect(errorsOf(files({ observations: [{ ...obs, status: 'planned' }] }))).toEqual([
      'data/trade.ts: record "trade-kz-2023" field "status": only a plan or forecast has a status, not a flow',
    ]);
  });

  it('reports a record without an id by its position', () => {
    const errors = errorsOf(files({ observations: [{}] }));
    expect(errors[0]).toMatch(/^data\/trade\.ts: record #0 field "id"/);
  });

  it('reports duplicate ids and every problem at once', () => {
    const errors = errorsOf(files({ observations: [obs, obs, { ...obs, id: 'x', value: -5, sourceId: 'nope' }] }));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('duplicate id');
    expect(errors[1]).toContain('record "x" field "value"');
  });

  it('checks that segments chain, start and end at their nodes', () => {
    const far = { ...segment, geometry: [[50, 40], [53, 40]] };
    expect(errorsOf(files({ routeSegments: [far] }))[0]).toMatch(/field "geometry": last point is \d+ km from node "b"/);
    const gap = { ...segment, id: 'b-c', order: 3, from: 'c', to: 'a' };
    const errors = errorsOf(files({ routeSegments: [segment, gap] }));
    expect(errors.some((e) => e.includes('record "b-c" field "order": expected 2'))).toBe(true);
    expect(errors.some((e) => e.includes('record "b-c" field "from": "c" does not continue'))).toBe(true);
  });

  it('rejects a source URL that is not http(s)', () => {
    const errors = errorsOf(files({ sources: [{ ...source, url: 'javascript:alert(1)' }] }));
    expect(errors.some((e) => e.startsWith('data/sources.ts: record "src-a" field "url"'))).toBe(true);
  });
});
