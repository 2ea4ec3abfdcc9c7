/**
 * `npm run data:add -- <file.csv>` or `npm run data:add -- --indicator trade.turnover --value 512.3
 * --unit USD_million --period 2025 --reporter AZ --source_id <id> [--note …]`: adds figures (and
 * new sources) to data/, checked with the build's schema and cross-checks first; nothing is
 * written unless every row is valid. `--dry-run` only checks. Errors read `file:row:field: what is
 * wrong`. Columns and defaults: lib/data/addFigures.ts; walk-through: data/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FILES } from '../data/index';
import { IMPORT_COLUMNS, appendToArray, parseImportCsv, readFigureRows, targetOf, type ImportRow } from '../lib/data/addFigures';
import { validateDataset, type DataFile } from '../lib/validate';
import type { IndicatorId } from '../data/schema';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, ...Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, { type: 'string' as const }])) },
});

function fail(lines: readonly string[]): never {
  console.error(`data:add: nothing written, ${lines.length} problem(s):`);
  for (const l of lines) console.error(`  ${l}`);
  process.exit(1);
}

let rows: ImportRow[];
let where: string;
if (positionals.length > 0) {
  where = positionals[0]!;
  const parsed = parseImportCsv(readFileSync(where, 'utf8'));
  if (parsed.errors.length) fail(parsed.errors.map((e) => `${where}:${e}`));
  if (parsed.unknownColumns.length) fail([`${where}:1: unknown column(s) ${parsed.unknownColumns.join(', ')} (known: ${IMPORT_COLUMNS.join(', ')})`]);
  rows = parsed.rows;
} else {
  where = 'arguments';
  const given = values as Record<string, unknown>;
  rows = [Object.fromEntries(IMPORT_COLUMNS.filter((c) => typeof given[c] === 'string').map((c) => [c, given[c] as string]))];
}
if (rows.length === 0) fail([`${where}: no rows`]);

const known = new Set(DATA_FILES.filter((f) => f.kind === 'sources').flatMap((f) => f.records.map((r) => (r as { id: string }).id)));
const read = readFigureRows(rows, where, known);
if (read.errors.length) fail(read.errors);

// The same cross-checks as the build (unique ids, known sources, revisions of existing figures),
// over the data as it would be.
const rowOf = new Map(read.figures.map((f) => [f.record.id, f.row]));
const extra: DataFile[] = [
  { file: 'data/sources.ts', kind: 'sources', records: read.sources },
  ...read.figures.map((f) => ({ file: targetOf(f.record.indicator as IndicatorId).file, kind: 'observations' as const, records: [f.record] })),
];
const check = validateDataset([...DATA_FILES, ...extra]);
if (!check.ok) {
  fail(check.errors.map((e) => {
    const id = /record "([^"]+)"/.exec(e)?.[1] ?? /: ([a-z0-9-]+) field/.exec(e)?.[1];
    const row = id ? rowOf.get(id) : undefined;
    return row ? `${where}:${row}:${e}` : e;
  }));
}
if (values['dry-run']) {
  console.log(`data:add: ${read.figures.length} figure(s) and ${read.sources.length} new source(s) are valid (dry run, nothing written)`);
  process.exit(0);
}

const byFile = new Map<string, Map<string, Record<string, unknown>[]>>();
const add = (file: string, array: string, record: Record<string, unknown>) => {
  const arrays = byFile.get(file) ?? new Map<string, Record<string, unknown>[]>();
  arrays.set(array, [...(arrays.get(array) ?? []), record]);
  byFile.set(file, arrays);
};
for (const s of read.sources) add('data/sources.ts', 'sources', s as unknown as Record<string, unknown>);
for (const f of read.figures) {
  const t = targetOf(f.record.indicator as IndicatorId);
  add(t.file, t.array, f.record as unknown as Record<string, unknown>);
}
for (const [file, arrays] of byFile) {
  const path = join(process.cwd(), file);
  let text = readFileSync(path, 'utf8');
  for (const [array, records] of arrays) text = appendToArray(text, array, records);
  writeFileSync(path, text);
  console.log(`data:add: ${[...arrays].map(([a, r]) => `${r.length} record(s) into ${a}`).join(', ')} in ${file}`);
}
console.log('data:add: done. Next: add the labels a new indicator needs (messages/*/data.json), run `npm run data:release`, `npm test`, and commit.');
