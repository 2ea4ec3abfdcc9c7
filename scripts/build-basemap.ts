/**
 * Writes the offline basemap, public/geo/basemap.json: Natural Earth countries (world-atlas
 * countries-10m.json, public domain) cut to the route's region by lib/map/basemap.ts.
 *
 * The output is committed (it changes only when world-atlas or the cut's settings change), so a
 * build needs no geometry work; lib/map/basemap.test.ts fails when the committed file is not what
 * this script would write. Run `npm run basemap` after changing either.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBasemap, serialiseBasemap, BASEMAP_SOURCE } from '../lib/map/basemap';

const root = process.cwd();
const world = JSON.parse(readFileSync(join(root, 'node_modules', 'world-atlas', BASEMAP_SOURCE), 'utf8'));
const text = serialiseBasemap(buildBasemap(world));
mkdirSync(join(root, 'public', 'geo'), { recursive: true });
writeFileSync(join(root, 'public', 'geo', 'basemap.json'), text);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`basemap: public/geo/basemap.json ${kb(text.length)} (${kb(gzipSync(text, { level: 9 }).length)} gzipped)`);
