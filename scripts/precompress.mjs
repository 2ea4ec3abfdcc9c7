// Runs last in `npm run build`: writes `<file>.gz` (zlib level 9) and `<file>.br` (Brotli 11)
// beside each text file of out/ (HTML, JS, CSS, JSON, CSV, SVG, TXT, TTF) of 1 KiB or more, where
// compressing saves something. `npm start` (scripts/serve.mjs) and nginx (deploy/nginx.conf:
// gzip_static, brotli_static) send them as they are, so no response is compressed on request.
// `OUT_DIR` (default out/) picks another folder.
import { readFileSync, readdirSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const OUT = resolve(process.env.OUT_DIR ?? join(process.cwd(), 'out'));
const TEXT = /\.(html|js|mjs|css|json|csv|svg|txt|xml|ttf|map|webmanifest)$/;
const MIN_BYTES = 1024;
const gz = promisify(gzip);
const br = promisify(brotliCompress);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const all = walk(OUT);
for (const f of all.filter((f) => /\.(gz|br)$/.test(f))) unlinkSync(f);
const files = all.filter((f) => TEXT.test(f) && statSync(f).size >= MIN_BYTES);
let raw = 0;
let gzBytes = 0;
let brBytes = 0;
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const data = readFileSync(file);
    const [g, b] = await Promise.all([
      gz(data, { level: 9 }),
      br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    ]);
    raw += data.length;
    // Only where it saves bytes; the servers send the file as it is otherwise.
    if (g.length < data.length) {
      writeFileSync(`${file}.gz`, g);
      gzBytes += g.length;
    }
    if (b.length < data.length) {
      writeFileSync(`${file}.br`, b);
      brBytes += b.length;
    }
  }
}
await Promise.all([worker(), worker()]);
const mb = (n) => (n / 1024 / 1024).toFixed(1);
console.log(`precompress: ${files.length} files, ${mb(raw)} MB → gzip ${mb(gzBytes)} MB, brotli ${mb(brBytes)} MB`);
