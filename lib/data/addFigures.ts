/**
 * `npm run data:add`: new figures from a CSV file (or one figure from the command line) into
 * data/, checked with the same schema as the build. Pure parts: reading rows into observation
 * and source records with `file:record:field: what is wrong` errors, choosing each figure's data
 * file, and writing records into a data module's array in its own style.
 */
import Papa from 'papaparse';
import { observationSchema, sourceSchema, type IndicatorId, type ObservationInput, type Source } from '../../data/schema';

/** Columns of an import CSV (the figure's fields, and a new source's when `source_id` is not in data/sources.ts). */
export const IMPORT_COLUMNS = ['id', 'indicator', 'value', 'unit', 'period', 'measure', 'status', 'reporter', 'qualifier', 'confidence', 'revises', 'note', 'source_id', 'source_title', 'source_publisher', 'source_published', 'source_url', 'source_language', 'source_licence'] as const;
export type ImportRow = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

/** The data module and array each indicator's figures live in (by the indicator's first part). */
const TARGETS: readonly { prefixes: readonly string[]; file: string; array: string }[] = [
  { prefixes: ['trade.'], file: 'data/trade.ts', array: 'trade' },
  { prefixes: ['rail.', 'grain.', 'containers.'], file: 'data/trade.ts', array: 'logistics' },
  { prefixes: ['invest.'], file: 'data/investment.ts', array: 'investment' },
  { prefixes: ['companies.'], file: 'data/companies.ts', array: 'companies' },
  { prefixes: ['documents.', 'igc.'], file: 'data/companies.ts', array: 'relations' },
  { prefixes: ['people.', 'students.'], file: 'data/companies.ts', array: 'society' },
  { prefixes: ['oil.', 'btc.', 'caspian.'], file: 'data/oil.ts', array: 'oil' },
];

export function targetOf(indicator: IndicatorId): { file: string; array: string } {
  const t = TARGETS.find((x) => x.prefixes.some((p) => indicator.startsWith(p)));
  if (!t) throw new Error(`no data file for indicator "${indicator}" (add it to TARGETS in lib/data/addFigures.ts)`);
  return { file: t.file, array: t.array };
}

/** Reads an import CSV (header row, UTF-8, a BOM allowed). */
export function parseImportCsv(text: string): { rows: ImportRow[]; errors: string[]; unknownColumns: string[] } {
  const parsed = Papa.parse<ImportRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transform: (v) => v.trim() });
  const known = new Set<string>(IMPORT_COLUMNS);
  return {
    rows: parsed.data,
    errors: parsed.errors.map((e) => `${(e.row ?? 0) + 2}:row: ${e.message}`),
    unknownColumns: (parsed.meta.fields ?? []).filter((f) => !known.has(f)),
  };
}

/**
 * "trade.turnover", "2025", "AZ" → "trade-turnover-2025-az"; months of one year, as the data
 * files write them: "2025-01/2025-07" → "trade-turnover-2025-01-07-az".
 */
export function makeFigureId(indicator: string, period: string, reporter: string): string {
  const sameYear = /^(\d{4})-(\d{2})\/\1-(\d{2})$/.exec(period);
  const slug = sameYear ? `${sameYear[1]}-${sameYear[2]}-${sameYear[3]}` : period;
  return `${indicator}-${slug}-${reporter}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface ReadResult {
  figures: { record: ObservationInput; row: number }[];
  sources: Source[];
  errors: string[];
}

/**
 * Turns rows into records, validated by the data schemas. `where` names the input in errors
 * (`new.csv`), rows count from 2 (the header is row 1): `new.csv:3:value: expected number`.
 * `knownSources` are the ids of data/sources.ts: a row with another `source_id` must describe
 * that source (title, publisher, url, language, licence).
 */
export function readFigureRows(rows: readonly ImportRow[], where: string, knownSources: ReadonlySet<string>): ReadResult {
  const out: ReadResult = { figures: [], sources: [], errors: [] };
  const newSources = new Map<string, Source>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const error = (field: string, message: string) => out.errors.push(`${where}:${line}:${field}: ${message}`);
    const sourceId = row.source_id ?? '';
    if (sourceId && !knownSources.has(sourceId) && !newSources.has(sourceId)) {
      const candidate = {
        id: sourceId,
        title: row.source_title,
        publisher: row.source_publisher,
        ...(row.source_published ? { published: row.source_published } : {}),
        url: row.source_url,
        language: row.source_language,
        licence: row.source_licence || (row.source_publisher ? `Facts quoted with attribution; text © ${row.source_publisher}` : undefined),
      };
      const parsed = sourceSchema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) error(`source_${String(issue.path[0] ?? 'id')}`, `${issue.message} (source "${sourceId}" is not in data/sources.ts, so the row must describe it)`);
      } else {
        newSources.set(sourceId, parsed.data);
        out.sources.push(parsed.data);
      }
    }
    const value = row.value === undefined || row.value === '' ? Number.NaN : Number(row.value.replace(/\s/g, ''));
    if (row.value !== undefined && row.value !== '' && Number.isNaN(value)) {
      error('value', `"${row.value}" is not a number (use a dot for decimals, no thousands separators)`);
      return;
    }
    const record: Record<string, unknown> = {
      id: row.id || makeFigureId(row.indicator ?? '', row.period ?? '', row.reporter ?? ''),
      indicator: row.indicator,
      value: Number.isNaN(value) ? undefined : value,
      unit: row.unit,
      period: row.period,
      measure: row.measure || 'flow',
      ...(row.status ? { status: row.status } : {}),
      reporter: row.reporter,
      sourceId,
      ...(row.qualifier ? { qualifier: row.qualifier } : {}),
      ...(row.confidence ? { confidence: row.confidence } : {}),
      ...(row.revises ? { revises: row.revises } : {}),
      ...(row.note ? { note: row.note } : {}),
    };
    const parsed = observationSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) error(issue.path.map(String).join('.') || 'row', issue.message);
      return;
    }
    out.figures.push({ record: record as ObservationInput, row: line });
  });
  return out;
}

/** A record as an object literal in the data modules' style (two-space indent, single quotes). */
export function formatRecord(record: Record<string, unknown>, indent = '  '): string {
  const lines = Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}  ${k}: ${typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(v)},`);
  return `${indent}{\n${lines.join('\n')}\n${indent}},`;
}

/** The module text with `records` appended to `export const <array> = [ … ]`; throws if the array is not found. */
export function appendToArray(moduleText: string, array: string, records: readonly Record<string, unknown>[]): string {
  const start = moduleText.indexOf(`export const ${array} = [`);
  if (start < 0) throw new Error(`export const ${array} = [ … ] not found`);
  const end = moduleText.indexOf('\n] as const', start);
  if (end < 0) throw new Error(`the end of "${array}" (a line "] as const …") not found`);
  const added = records.map((r) => formatRecord(r)).join('\n');
  return `${moduleText.slice(0, end)}\n${added}${moduleText.slice(end)}`;
}
