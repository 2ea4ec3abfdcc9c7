// Runs after `next build`: writes out/sw.js, a service worker that keeps the dashboard and the
// presentation working with no network once a page has loaded (briefing rooms often have none).
// It precaches every file of the export except the RSC payloads (*.txt, fetched and cached on
// use); its version is a hash of those files, so a new build replaces the old cache.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const OUT = join(process.cwd(), 'out');
const SKIP = [/\.txt$/, /^sw\.js$/, /^404\//, /^_not-found\//];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(OUT)
  .map((p) => relative(OUT, p).split(sep).join('/'))
  .filter((p) => !SKIP.some((re) => re.test(p)))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(OUT, f)));
const version = hash.digest('hex').slice(0, 12);
// Pages are cached under their directory URL (/en/present/), as they are requested.
const urls = files.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);

const template = readFileSync(join(process.cwd(), 'scripts', 'sw-template.js'), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(urls));
writeFileSync(join(OUT, 'sw.js'), sw);
const bytes = files.reduce((n, f) => n + statSync(join(OUT, f)).size, 0);
console.log(`sw: ${urls.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) precached, version ${version}`);
