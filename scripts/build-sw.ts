// Runs after `next build` and postbuild: writes out/sw.js, the service worker that keeps the
// dashboard and the presentation working with no network once a page has loaded (briefing rooms
// often have none). What it caches ahead is planned by lib/offline/precache.ts (common files,
// then each language on first use); its version is a hash of every file of the build, so any new
// build installs a new worker (which waits: see scripts/sw-template.js).
// `OUT_DIR` (default out/) lets the update test regenerate the worker of a patched copy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../lib/i18n/locales';
import { planPrecache, precacheBytes } from '../lib/offline/precache';

const OUT = resolve(process.env.OUT_DIR ?? join(process.cwd(), 'out'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(OUT)
  .map((p) => relative(OUT, p).split(sep).join('/'))
  .filter((f) => f !== 'sw.js' && !/\.(gz|br)$/.test(f))
  .sort();
const read = (f: string) => readFileSync(join(OUT, f), 'utf8');
const plan = planPrecache(files, read);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(OUT, f)));
const version = hash.digest('hex').slice(0, 12);

const template = readFileSync(join(__dirname, 'sw-template.js'), 'utf8');
const manifest = JSON.stringify({ common: plan.common, locales: plan.locales });
writeFileSync(join(OUT, 'sw.js'), template.replace('__VERSION__', version).replace('__MANIFEST__', manifest));

const fileOf = (url: string) => join(OUT, url.endsWith('/') ? `${url}index.html` : url);
const gzip = (url: string) => gzipSync(readFileSync(fileOf(url)), { level: 9 }).length;
const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
const perLocale = LOCALES.map((l) => `${l} ${kib(precacheBytes(plan, l, gzip))}`).join(', ');
console.log(`sw: version ${version}; cached ahead per language (gzip): ${perLocale}; ${plan.skipped.length} files on use only`);
