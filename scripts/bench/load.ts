/**
 * A short load test with autocannon on loopback against `npm start`'s server (scripts/serve.mjs →
 * `serve` with serve.json): 10 s per URL, 20 connections, asking for gzip/Brotli as a browser does.
 * Any connection error, timeout or non-2xx answer fails the benchmark.
 */
import autocannon from 'autocannon';
import { TARGETS } from './budgets';
import type { BenchContext } from './context';
import type { Row, Section } from './report';

export const LOAD_URLS = ['/en/', '/data/dataset.csv'] as const;
const CONNECTIONS = 20;

export interface LoadResult {
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

export async function loadOne(origin: string, path: string, seconds: number): Promise<LoadResult> {
  const r = await autocannon({
    url: origin + path,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  return {
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

export async function measureLoad(bench: BenchContext): Promise<Section> {
  const seconds = bench.quick ? 3 : 10;
  const results: LoadResult[] = [];
  for (const path of LOAD_URLS) {
    bench.log(`load: ${path} for ${seconds} s, ${CONNECTIONS} connections`);
    results.push(await loadOne(bench.origin, path, seconds));
  }
  const rows: Row[] = results.flatMap((r) => [
    { id: `load.${r.path}.rps`, label: `${r.path} requests per second`, value: r.rps, unit: 'rps' as const, note: `${r.requests} requests in ${r.seconds.toFixed(1)} s, ${(r.bytesPerSecond / 1024 / 1024).toFixed(1)} MiB/s` },
    { id: `load.${r.path}.p50`, label: `${r.path} latency p50`, value: r.p50, unit: 'ms' as const },
    { id: `load.${r.path}.p99`, label: `${r.path} latency p99`, value: r.p99, unit: 'ms' as const },
    { id: `load.${r.path}.errors`, label: `${r.path} errors, timeouts and non-2xx`, value: failures(r), unit: 'count' as const, target: TARGETS.load.errors, note: `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}` },
  ]);
  return {
    title: `Load test (autocannon, ${CONNECTIONS} connections, ${seconds} s per URL)`,
    run: bench.run,
    rows,
    notes: [
      `autocannon and the server (\`serve\`, one Node process, compressing each response: Brotli here, as the requests accept it) share the same 2 cores on loopback, so this is a floor for the server, not a capacity figure. Latency in milliseconds as autocannon records it.`,
    ],
    raw: results,
  };
}
