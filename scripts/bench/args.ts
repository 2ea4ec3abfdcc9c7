import { parseArgs } from 'node:util';

/** The measurements the benchmark can run, in the order it runs them (the build comes first). */
export const MEASUREMENTS = ['bundle', 'pages', 'precache', 'lighthouse', 'exports', 'load'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

export const DEFAULT_PORT = 3190;

export interface BenchOptions {
  only: Measurement[];
  skipBuild: boolean;
  port: number;
  /** Fewer runs everywhere (1 Lighthouse run per page, 2 export runs, 3 s load tests): for trying things out. */
  quick: boolean;
  /** Print the results but leave bench/results/ alone. */
  write: boolean;
  help: boolean;
}

export const USAGE = `npm run bench [-- options]

Builds (timing the build), serves out/ with scripts/serve.mjs on localhost and measures; writes
bench/results/latest.md and latest.json (a partial run replaces only the sections it measured).

  --only a,b      only these measurements: ${MEASUREMENTS.join(', ')} (default: all)
  --skip-build    use the existing out/ (no build, no build timing)
  --port N        port of the server the benchmark starts (default BENCH_PORT or ${DEFAULT_PORT})
  --quick         fewer runs (1 Lighthouse run per page, 2 per export, 3 s per load test)
  --no-write      print the results, leave bench/results/ alone
  --help          this text`;

/** Parses the command line (throws with a readable message on anything unknown). */
export function parseBenchArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = values.only === undefined ? [...MEASUREMENTS] : values.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((m) => !(MEASUREMENTS as readonly string[]).includes(m));
  if (unknown.length) throw new Error(`--only: unknown measurement ${unknown.join(', ')} (choose from ${MEASUREMENTS.join(', ')})`);
  if (only.length === 0) throw new Error('--only: name at least one measurement');
  const portText = values.port ?? env.BENCH_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`port: not a TCP port: ${portText}`);
  return {
    only: MEASUREMENTS.filter((m) => only.includes(m)),
    skipBuild: values['skip-build'] ?? false,
    port,
    quick: values.quick ?? false,
    write: !(values['no-write'] ?? false),
    help: values.help ?? false,
  };
}
