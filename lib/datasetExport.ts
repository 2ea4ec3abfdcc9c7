/**
 * The downloadable copies of the whole dataset (out/data/dataset.json and dataset.csv), built from
 * data/ at build time: one row per observation, each with its source. Never edited by hand.
 */
import Papa from 'papaparse';
import { parsePeriod } from './period';
import { dataAsOf } from './observations';
import type { Dataset } from './validate';
import { releaseOf } from './release/release';

/** Column order of dataset.csv. */
export const CSV_COLUMNS = [
  'id',
  'indicator',
  'value',
  'unit',
  'period',
  'period_start',
  'period_end',
  'measure',
  'status',
  'reporter',
  'scope',
  'qualifier',
  'confidence',
  'computed',
  'revises',
  'note',
  'source_id',
  'source_publisher',
  'source_title',
  'source_published',
  'source_url',
  'release',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean>;

/** One row per observation, joined with its source, each naming the data release (lib/release). */
export function datasetRows(dataset: Dataset): CsvRow[] {
  const release = releaseOf(dataset).id;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return dataset.observations.map((o) => {
    const s = sources.get(o.sourceId);
    const p = parsePeriod(o.period);
    return {
      id: o.id,
      indicator: o.indicator,
      value: o.value,
      unit: o.unit,
      period: o.period,
      period_start: p.ok ? (p.value.start ?? '') : '',
      period_end: p.ok ? p.value.end : '',
      measure: o.measure,
      status: o.status ?? '',
      reporter: o.reporter,
      scope: o.scope ?? '',
      qualifier: o.qualifier,
      confidence: o.confidence,
      computed: o.computed,
      revises: o.revises ?? '',
      note: o.note ?? '',
      source_id: o.sourceId,
      source_publisher: s?.publisher ?? '',
      source_title: s?.title ?? '',
      source_published: s?.published ?? '',
      source_url: s?.url ?? '',
      release,
    };
  });
}

/** dataset.csv: RFC 4180, CRLF line ends, UTF-8 with BOM so spreadsheet programs read ə, қ right. */
export function buildDatasetCsv(dataset: Dataset): string {
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: datasetRows(dataset).map((r) => CSV_COLUMNS.map((c) => r[c])) }, { newline: '\r\n' });
  return `\uFEFF${csv}\r\n`;
}

/** dataset.json: the whole validated dataset with a small header. Deterministic for a given data/. */
export function buildDatasetJson(dataset: Dataset): string {
  const body = {
    title: 'Azerbaijan–Kazakhstan economic ties: dataset',
    release: releaseOf(dataset).id,
    asOf: dataAsOf(dataset.sources) ?? null,
    licence: 'Figures © their publishers, quoted with attribution; compilation CC BY 4.0. Pipeline geometry: Global Energy Monitor, Global Oil Infrastructure Tracker, CC BY 4.0.',
    ...dataset,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
