import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { injectCspMeta } from '../../lib/csp';

/**
 * Build B for the update test, made from build A (out/) instead of a second `next build` (about
 * 3 minutes here, more under load): a copy of A in which
 * - one figure reads differently everywhere it is written (pages, RSC payloads, data files), as
 *   if one record of data/ had changed (same length: the RSC payload's text rows carry their byte
 *   length); the pages' CSP hashes are computed again (scripts/postbuild.ts);
 * - every hashed file under /_next/static/ has a new name, in every reference, so none of A's
 *   chunks, styles or fonts is left on the server (same length, for the same reason): stricter
 *   than a real rebuild, which renames
 *   only what changed, and the case that broke open pages;
 * - sw.js is written again by scripts/build-sw.ts (new version, new precache list);
 * - no precompressed twins (the server then sends the files as they are).
 */
export function makeNextBuild(from: string, to: string, figure: { was: string; now: string }): void {
  if (figure.was.length !== figure.now.length) throw new Error('makeNextBuild: the figure must keep its length');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (src) => !/\.(gz|br)$/.test(src) });
  const files = walk(to).map((p) => relative(to, p).split(sep).join('/'));
  const renames = files
    .filter((f) => /^_next\/static\/(chunks|media)\/[^/]+$/.test(f))
    .map((f) => {
      // Same length (RSC text rows carry their byte length): the hash's last letter changes.
      const name = f.split('/').pop()!;
      const dot = name.lastIndexOf('.');
      const next = name[dot - 1] === 'z' ? 'y' : 'z';
      return { f, from: `/${name}`, to: `/${name.slice(0, dot - 1)}${next}${name.slice(dot)}` };
    });
  const names = new Set(files.map((f) => `/${f.split('/').pop()}`));
  if (renames.some((r) => names.has(r.to))) throw new Error('makeNextBuild: a new name is taken');
  for (const r of renames) renameSync(join(to, r.f), join(to, r.f.replace(r.from, r.to)));
  for (const f of walk(to)) {
    if (!/\.(html|txt|js|css|json|csv)$/.test(f)) continue;
    let text = readFileSync(f, 'utf8');
    const before = text;
    for (const r of renames) text = text.split(r.from).join(r.to);
    if (!relative(to, f).startsWith('_next')) text = text.split(figure.was).join(figure.now);
    if (f.endsWith('.html')) text = injectCspMeta(text);
    if (text !== before) writeFileSync(f, text);
  }
  const sw = spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-sw.ts'], { env: { ...process.env, OUT_DIR: to }, encoding: 'utf8' });
  if (sw.status !== 0) throw new Error(`build-sw failed: ${sw.stderr}`);
}

/** Replaces what `dir` serves by `next`, as a deploy that wipes the old build does. */
export function deploy(next: string, dir: string): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
  cpSync(next, dir, { recursive: true });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** scripts/serve.mjs on `dir`, as `npm start` serves out/. */
export async function serveDir(dir: string, port: number): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, OUT_DIR: dir, PORT: String(port) }, stdio: 'ignore' });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${origin}/en/`).then((r) => r.ok, () => false)) return { origin, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`scripts/serve.mjs did not answer on ${origin}`);
}
