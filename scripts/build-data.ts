/**
 * Runs before every build (`npm run data`): validates data/ and writes the downloadable copies of
 * the dataset to public/data/ (copied to out/data/ by `next build`). Any invalid record stops the
 * build with a message naming the file, the record and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../data/index';
import { buildDatasetCsv, buildDatasetJson } from '../lib/datasetExport';
import { validateDataset } from '../lib/validate';
import { readArchivedReleases } from '../lib/release/archive';
import { releaseOf } from '../lib/release/release';

const result = validateDataset(DATA_FILES);
if (!result.ok) {
  console.error(`\nInvalid data: ${result.errors.length} problem(s). The build stops here.\n`);
  for (const e of result.errors) console.error(`  - ${e}`);
  console.error('');
  process.exit(1);
}

const dir = join(process.cwd(), 'public', 'data');
mkdirSync(dir, { recursive: true });
const json = buildDatasetJson(result.dataset);
const csv = buildDatasetCsv(result.dataset);
writeFileSync(join(dir, 'dataset.json'), json);
writeFileSync(join(dir, 'dataset.csv'), csv);

// Every release at a fixed address (/data/releases/<release>/dataset.{json,csv}): the archived
// ones as committed (checked against their names), and the current one.
let archived;
try {
  archived = readArchivedReleases();
} catch (e) {
  console.error(`\nInvalid data release: ${(e as Error).message}. The build stops here.\n`);
  process.exit(1);
}
const current = releaseOf(result.dataset);
const files = new Map(archived.map((a) => [a.release.id, { json: a.json, csv: a.csv, date: a.release.date }]));
if (!files.has(current.id)) {
  console.warn(`data: the current release ${current.id} is not archived yet: run \`npm run data:release\` and commit data/releases/`);
  files.set(current.id, { json, csv, date: current.date });
}
for (const [id, f] of files) {
  mkdirSync(join(dir, 'releases', id), { recursive: true });
  writeFileSync(join(dir, 'releases', id, 'dataset.json'), f.json);
  writeFileSync(join(dir, 'releases', id, 'dataset.csv'), f.csv);
}
const index = [...files].map(([id, f]) => ({ id, date: f.date, current: id === current.id }));
writeFileSync(join(dir, 'releases', 'index.json'), `${JSON.stringify({ current: current.id, releases: index }, null, 2)}\n`);
const d = result.dataset;
console.log(
  `data: ok (${d.observations.length} observations, ${d.sources.length} sources, ${d.milestones.length} milestones, ` +
    `${d.routeNodes.length} route nodes, ${d.routeSegments.length} segments), release ${current.id} (${files.size} release(s) served) -> public/data/`,
);
