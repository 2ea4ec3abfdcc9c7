/**
 * The load test: autocannon on loopback, 100 connections for 30 s per URL, asking for gzip/Brotli
 * as a browser does, against `npm start`'s server (scripts/serve.mjs) and against nginx with
 * deploy/nginx.conf (deploy/run-nginx.mjs), on the dashboard, the deck, the CSV and a hashed
 * chunk. Both send the files precompressed at build time. Any connection error, timeout or
 * non-2xx answer fails the benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import { TARGETS } from './budgets';
import type { BenchContext } from './context';
import type { Row, Section } from './report';
import { textOf } from './served';

export const LOAD_PATHS = ['/en/', '/en/present/', '/data/dataset.csv'] as const;
const CONNECTIONS = 100;

export interface LoadResult {
  server: string;
  path: string;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerSecond: number;
}

export async function loadOne(server: string, origin: string, path: string, seconds: number, connections = CONNECTIONS): Promise<LoadResult> {
  const r = await autocannon({
    url: origin + path,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  return {
    server,
    path,
    seconds: r.duration,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerSecond: r.throughput.average,
  };
}

/** Errors of any kind in a load result (connection errors, timeouts, non-2xx). */
export function failures(r: LoadResult): number {
  return r.errors + r.timeouts + r.non2xx;
}

/** deploy/run-nginx.mjs on `port` (null when nginx is not installed). */
async function startNginx(port: number): Promise<{ origin: string; stop: () => Promise<void> } | null> {
  if (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx')) return null;
  const child = spawn(process.execPath, ['deploy/run-nginx.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await textOf(`${origin}/en/`).then(() => true, () => false)) {
      return { origin, stop: () => new Promise<void>((resolve) => (child.on('exit', () => resolve()), child.kill('SIGTERM'))) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not answer on ${origin}`);
}

export async function measureLoad(bench: BenchContext): Promise<Section> {
  const seconds = bench.quick ? 3 : 30;
  const html = await textOf(`${bench.origin}/en/`);
  const chunk = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error('no hashed chunk in /en/');
  const paths = [...LOAD_PATHS, chunk];
  const nginx = await startNginx(Number(new URL(bench.origin).port) + 1);
  const servers: [string, string][] = [['npm start', bench.origin], ...(nginx ? [['nginx', nginx.origin] as [string, string]] : [])];
  const results: LoadResult[] = [];
  try {
    for (const [name, origin] of servers) {
      for (const path of paths) {
        bench.log(`load: ${name} ${path} for ${seconds} s, ${CONNECTIONS} connections`);
        results.push(await loadOne(name, origin, path, seconds));
      }
    }
  } finally {
    await nginx?.stop();
  }
  const label = (r: LoadResult) => `${r.server} ${r.path === chunk ? 'a hashed chunk' : r.path}`;
  const key = (r: LoadResult) => `load.${r.server === 'nginx' ? 'nginx' : 'node'}.${r.path === chunk ? 'chunk' : r.path}`;
  const rows: Row[] = results.flatMap((r) => [
    { id: `${key(r)}.rps`, label: `${label(r)}: requests per second`, value: r.rps, unit: 'rps' as const, note: `${r.requests} requests in ${r.seconds.toFixed(1)} s, ${(r.bytesPerSecond / 1024 / 1024).toFixed(1)} MiB/s` },
    { id: `${key(r)}.p99`, label: `${label(r)}: latency p99`, value: r.p99, unit: 'ms' as const, note: `p50 ${r.p50} ms` },
    { id: `${key(r)}.errors`, label: `${label(r)}: errors, timeouts and non-2xx`, value: failures(r), unit: 'count' as const, target: TARGETS.load.errors, note: `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}` },
  ]);
  return {
    title: `Load test (autocannon, ${CONNECTIONS} connections, ${seconds} s per URL, npm start${nginx ? ' and nginx' : ''})`,
    run: bench.run,
    rows,
    notes: [
      `Both servers send the .br files written at build (the requests accept Brotli). autocannon and the server share the same 2 cores on loopback (nginx with 2 workers, Node with one process), so this is a floor for each server, not a capacity figure. The hashed chunk is ${chunk}.`,
      ...(nginx ? [] : ['nginx is not installed here: only npm start was measured.']),
    ],
    raw: results,
  };
}
