/**
 * The data behind an exported chart, as rows: exactly the figures drawn for the current filter
 * (`plotted`), or the whole series of the chart's indicators (`full`). Numbers are copied from the
 * chart data (which is data/ trimmed), never re-typed or re-formatted; CSV and JSON are built from
 * these rows.
 */
import Papa from 'papaparse';
import type { ChartData } from '../charts/build';
import { chartModule } from '../charts/registry';
import type { ChartFilter, ChartId } from '../charts/types';

export { collectObservationIds } from '../charts/module';

/** One exported figure (or, for the timeline, one milestone: `value` is its date, `unit` is `date`). */
export interface ExportRow {
  chart: ChartId;
  id: string;
  indicator: string;
  period: string;
  reporter: string;
  /** What a figure counts, where its indicator says (data/schema.ts SCOPES); '' otherwise. */
  scope: string;
  value: number | string;
  unit: string;
  qualifier: string;
  measure: string;
  source_id: string;
  source_publisher: string;
  source_published: string;
  /** The data release the figure comes from (lib/release). */
  release: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'chart',
  'id',
  'indicator',
  'period',
  'reporter',
  'scope',
  'value',
  'unit',
  'qualifier',
  'measure',
  'source_id',
  'source_publisher',
  'source_published',
  'release',
];

interface RawObservation {
  id: string;
  indicator: string;
  value: number;
  unit: string;
  period: string;
  measure: string;
  reporter: string;
  scope?: string;
  sourceId: string;
  qualifier: string;
}

interface RawMilestone {
  id: string;
  date: string;
  kind: string;
  sourceId: string;
}

/**
 * Rows of a chart's data: `plotted` = the figures drawn for `filter`, `full` = every figure of the
 * chart's indicators in data/ (all years, all sides, including those not drawn). Ordered by
 * indicator, period and reporter.
 */
export function selectExportRows(args: { chart: ChartId; data: ChartData; filter: ChartFilter; scope: 'plotted' | 'full'; release: string }): ExportRow[] {
  const { chart, data, filter, scope, release } = args;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const source = (id: string) => ({ source_id: id, source_publisher: sources.get(id)?.publisher ?? '', source_published: sources.get(id)?.published ?? '', release });
  const mod = chartModule(chart);
  const ids = scope === 'full' ? null : mod.drawnIds(mod.shape(data, filter));
  if (mod.exportRows.kind === 'milestones') {
    const milestones = data.milestones as readonly RawMilestone[];
    return milestones
      .filter((m) => !ids || ids.has(m.id))
      .map((m) => ({ chart, id: m.id, indicator: `milestone.${m.kind}`, period: m.date, reporter: '', scope: '', value: m.date, unit: 'date', qualifier: 'exact', measure: 'event', ...source(m.sourceId) }))
      .sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id));
  }
  const observations = data.observations as readonly RawObservation[];
  const prefixes = mod.exportRows.prefixes;
  return observations
    .filter((o) => (ids ? ids.has(o.id) : prefixes.some((p) => o.indicator.startsWith(p))))
    .map((o) => ({
      chart,
      id: o.id,
      indicator: o.indicator,
      period: o.period,
      reporter: o.reporter,
      scope: o.scope ?? '',
      value: o.value,
      unit: o.unit,
      qualifier: o.qualifier,
      measure: o.measure,
      ...source(o.sourceId),
    }))
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.period.localeCompare(b.period) || a.reporter.localeCompare(b.reporter) || a.id.localeCompare(b.id));
}

/** CSV (RFC 4180, header row, CRLF) of export rows; numbers as JavaScript writes them (`533.4`). */
export function buildExportCsv(rows: readonly ExportRow[]): string {
  return Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])) });
}

/** JSON of export rows with what they are: chart, scope, filter, title and source line. */
export function buildExportJson(args: { rows: readonly ExportRow[]; chart: ChartId; scope: 'plotted' | 'full'; filter: ChartFilter; title: string; sourceLine: string; locale: string; url: string; licence: string; release: string }): string {
  const { rows, ...meta } = args;
  return `${JSON.stringify({ ...meta, columns: EXPORT_COLUMNS, rows }, null, 2)}\n`;
}
