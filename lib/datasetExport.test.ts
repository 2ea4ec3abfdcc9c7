import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../data/index';
import { buildDatasetCsv, buildDatasetJson, CSV_COLUMNS } from './datasetExport';
import { loadDataset } from './validate';

const dataset = loadDataset(DATA_FILES);

describe('dataset downloads', () => {
  it('CSV has one row per observation with its source, numbers unchanged', () => {
    const csv = buildDatasetCsv(dataset);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(dataset.observations.length);
    const bad = dataset.observations.filter((o, i) => {
      const row = parsed.data[i]!;
      const source = dataset.sources.find((s) => s.id === o.sourceId)!;
      return row.id !== o.id || Number(row.value) !== o.value || row.period !== o.period || row.reporter !== o.reporter || row.source_url !== source.url;
    });
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it('JSON holds the whole dataset and is deterministic', () => {
    const a = buildDatasetJson(dataset);
    expect(a).toBe(buildDatasetJson(dataset));
    const parsed = JSON.parse(a);
    expect(parsed.observations).toEqual(dataset.observations);
    expect(parsed.routeSegments).toHaveLength(dataset.routeSegments.length);
  });
});
