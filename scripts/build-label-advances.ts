// Writes lib/map/notoSansAdvances.json (see scripts/labelAdvances.ts). Run after a change of the
// map's words or of the typeface: `npm run label-advances`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAdvances } from './labelAdvances';

void measureAdvances().then((table) => {
  writeFileSync(join(process.cwd(), 'lib', 'map', 'notoSansAdvances.json'), `${JSON.stringify(table)}\n`);
  console.log(`label advances: ${[...table.chars].length} characters -> lib/map/notoSansAdvances.json`);
});
