/**
 * `npm run data:release`: archives the current data as a release, writing
 * data/releases/<release>/dataset.json and dataset.csv (the files the build serves for it). Run it
 * after changing data/ and commit the new folder with the change: the unit tests fail while the
 * current data has no archived release, and the build refuses an archive edited afterwards.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../data/index';
import { buildDatasetCsv, buildDatasetJson } from '../lib/datasetExport';
import { ORDER_FILE, readReleaseOrder, RELEASES_DIR } from '../lib/release/archive';
import { releaseOf } from '../lib/release/release';
import { validateDataset } from '../lib/validate';

const result = validateDataset(DATA_FILES);
if (!result.ok) {
  console.error(`Invalid data: ${result.errors.length} problem(s); nothing archived.`);
  for (const e of result.errors) console.error(`  - ${e}`);
  process.exit(1);
}
const { id } = releaseOf(result.dataset);
const dir = join(process.cwd(), RELEASES_DIR, id);
if (existsSync(dir)) {
  console.log(`data:release: ${id} is already archived in ${join(RELEASES_DIR, id)}`);
} else {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dataset.json'), buildDatasetJson(result.dataset));
  writeFileSync(join(dir, 'dataset.csv'), buildDatasetCsv(result.dataset));
  console.log(`data:release: archived ${id} -> ${join(RELEASES_DIR, id)}/ (commit it with the data change)`);
}
// The releases' order: the new one comes last (see lib/release/archive.ts).
const order = readReleaseOrder();
if (!order.includes(id)) {
  writeFileSync(join(process.cwd(), RELEASES_DIR, ORDER_FILE), `${JSON.stringify([...order, id], null, 2)}\n`);
  console.log(`data:release: ${id} listed last in ${join(RELEASES_DIR, ORDER_FILE)}`);
}
