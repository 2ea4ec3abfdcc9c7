import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { dataset } from '../dataset';
import { findYearBounds, selectChartData } from '../charts/build';
import { shapeTradeTurnover } from '../charts/trade-turnover/shape';
import { buildExportCsv, buildExportJson, collectObservationIds, EXPORT_COLUMNS, selectExportRows } from './chartData';

const RELEASE = '2026-01-28.abcdef';

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const all = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] as const };

describe('collectObservationIds', () => {
  it('skips figures kept only in notes and omitted lists', () => {
    const shape = { bars: [{ observationId: 'a', notes: [{ kind: 'revised', observationId: 'a', replaced: { observationId: 'old' } }] }], omitted: [{ observationId: 'x' }] };
    expect([...collectObservationIds(shape)]).toEqual(['a']);
  });
});

describe('selectExportRows', () => {
  it('exports exactly the trade figures drawn, with the numbers of data/', () => {
    const rows = selectExportRows({ chart: 'trade-turnover', data, filter: all, scope: 'plotted', release: RELEASE });
    const drawn = collectObservationIds(shapeTradeTurnover({ observations: data.observations, ...all }));
    expect(new Set(rows.map((r) => r.id))).toEqual(drawn);
    const byId = new Map(dataset.observations.map((o) => [o.id, o]));
    for (const row of rows) {
      const o = byId.get(row.id)!;
      expect([row.value, row.unit, row.period, row.reporter, row.source_id]).toEqual([o.value, o.unit, o.period, o.reporter, o.sourceId]);
    }
  });

  it('narrows to the filter: one side, fewer years', () => {
    const kz = selectExportRows({ chart: 'trade-turnover', data, filter: { range: all.range, reporters: ['KZ'] }, scope: 'plotted', release: RELEASE });
    expect(kz.length).toBeGreaterThan(0);
    expect(kz.every((r) => r.reporter === 'KZ')).toBe(true);
  });

  it('full series holds every figure of the chart indicators, drawn or not', () => {
    const full = selectExportRows({ chart: 'investment-flows', data, filter: { range: { from: bounds.max, to: bounds.max }, reporters: ['AZ'] }, scope: 'full', release: RELEASE });
    // Every figure the chart reads (data/ trimmed to the chart indicators), whatever the filter.
    const expected = (data.observations as { id: string; indicator: string }[]).filter((o) => o.indicator.startsWith('invest.') || o.indicator.startsWith('companies.'));
    expect(full.map((r) => r.id).sort()).toEqual(expected.map((o) => o.id).sort());
    const plotted = selectExportRows({ chart: 'investment-flows', data, filter: { range: { from: bounds.max, to: bounds.max }, reporters: ['AZ'] }, scope: 'plotted', release: RELEASE });
    expect(full.length).toBeGreaterThan(plotted.length);
    expect(full.some((r) => r.reporter === 'KZ')).toBe(true);
  });

  it('exports the milestones of the timeline with their dates', () => {
    const rows = selectExportRows({ chart: 'timeline', data, filter: all, scope: 'plotted', release: RELEASE });
    expect(rows.length).toBe(dataset.milestones.length);
    expect(rows.every((r) => r.unit === 'date' && r.value === r.period)).toBe(true);
  });
});

describe('CSV and JSON', () => {
  const rows = selectExportRows({ chart: 'oil-volumes', data, filter: all, scope: 'plotted', release: RELEASE });
  it('CSV has the columns and parses back to the same numbers', () => {
    const parsed = Papa.parse<Record<string, string>>(buildExportCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data.map((r) => Number(r.value))).toEqual(rows.map((r) => r.value));
    expect(new Set(parsed.data.map((r) => r.release))).toEqual(new Set([RELEASE]));
  });
  it('JSON carries the rows and what they are', () => {
    const json = JSON.parse(buildExportJson({ rows, chart: 'oil-volumes', scope: 'plotted', filter: all, title: 'T', sourceLine: 'S', locale: 'en', url: 'u', release: RELEASE, licence: 'l' }));
    expect(json.rows).toEqual(rows);
    expect(json.title).toBe('T');
    expect(json.release).toBe(RELEASE);
  });
});
