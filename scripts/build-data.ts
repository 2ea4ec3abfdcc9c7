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

const result = validateDataset(DATA_FILES);
if (!result.ok) {
  console.error(`\nInvalid data: ${result.errors.length} problem(s). The build stops here.\n`);
  for (const e of result.errors) console.error(`  - ${e}`);
  console.error('');
  process.exit(1);
}

const dir = join(process.cwd(), 'public', 'data');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'dataset.json'), buildDatasetJson(result.dataset));
writeFileSync(join(dir, 'dataset.csv'), buildDatasetCsv(result.dataset));
const d = result.dataset;
console.log(
  `data: ok (${d.observations.length} observations, ${d.sources.length} sources, ${d.milestones.length} milestones, ` +
    `${d.routeNodes.length} route nodes, ${d.routeSegments.length} segments) -> public/data/dataset.{json,csv}`,
);
