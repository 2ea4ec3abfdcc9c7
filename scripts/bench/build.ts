/**
 * Times `npm run build` step by step: the steps are read from package.json's `build` script (split
 * on `&&`), so `next build` is timed on its own and the whole build as the sum of its steps.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { BenchContext } from './context';
import type { Row, Section } from './report';

export interface BuildStep {
  command: string;
  ms: number;
}

/** The steps of package.json's `build` script. */
export function buildSteps(packageJson: { scripts?: Record<string, string> }): string[] {
  const script = packageJson.scripts?.build;
  if (!script) throw new Error('package.json has no build script');
  return script.split('&&').map((s) => s.trim()).filter(Boolean);
}

function runStep(command: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    // As npm would run it: node_modules/.bin first on the PATH.
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter) };
    const child = spawn(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(performance.now() - started) : fail(new Error(`build step failed (exit ${code}): ${command}`))));
  });
}

export async function measureBuild(bench: BenchContext): Promise<Section> {
  const steps = buildSteps(JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> });
  // Turbopack keeps a cache in .next/cache: a fresh clone builds cold, a second run warm.
  const cache = existsSync(join('.next', 'cache')) ? 'warm' : 'cold';
  const timed: BuildStep[] = [];
  for (const command of steps) {
    bench.log(`build: ${command}`);
    timed.push({ command, ms: await runStep(command) });
  }
  const total = timed.reduce((s, t) => s + t.ms, 0);
  const next = timed.find((t) => /^next build\b/.test(t.command));
  const rows: Row[] = [
    { id: 'build.next', label: '`next build`', value: next?.ms ?? null, unit: 'ms', note: `.next/cache ${cache}` },
    { id: 'build.total', label: '`npm run build` (all steps)', value: total, unit: 'ms' },
    ...timed.filter((t) => t !== next).map((t, i) => ({ id: `build.step${i}`, label: `step \`${t.command}\``, value: t.ms, unit: 'ms' as const })),
  ];
  return {
    title: 'Build time',
    run: bench.run,
    rows,
    notes: [`One build, timed step by step (the steps of package.json's \`build\` script, run as npm runs them). The Next.js cache in .next/cache was ${cache}: a fresh clone builds cold.`],
    raw: { steps: timed, cache },
  };
}
