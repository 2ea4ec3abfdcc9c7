/**
 * `npm run bench`: builds (timing the build), serves out/ with `npm start`'s server on localhost
 * and measures the bundle, Lighthouse, export timings and a short load test. Writes
 * bench/results/latest.md and latest.json. See bench/README.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { USAGE, parseBenchArgs, type BenchOptions, type Measurement } from './args';
import { measureBuild } from './build';
import { measureBundle } from './bundle';
import { runInfo, type BenchContext } from './context';
import { measureExports } from './exports';
import { measureLighthouse } from './lighthouse';
import { measureLoad } from './load';
import { measurePages } from './pages';
import { measurePrecache } from './precache';
import { mergeResults, misses, renderMarkdown, renderSection, type Results, type Section } from './report';
import { startServer } from './server';

const RESULTS_DIR = join('bench', 'results');

const MEASURE: Record<Measurement, (bench: BenchContext) => Promise<Section>> = {
  bundle: measureBundle,
  pages: measurePages,
  precache: measurePrecache,
  lighthouse: measureLighthouse,
  exports: measureExports,
  load: measureLoad,
};

async function readPrevious(): Promise<Results | null> {
  try {
    const json = JSON.parse(await readFile(join(RESULTS_DIR, 'latest.json'), 'utf8')) as Results;
    return json.schema === 1 ? json : null;
  } catch {
    return null;
  }
}

async function bench(options: BenchOptions): Promise<number> {
  const started = Date.now();
  const log = (m: string) => console.log(`[bench] ${m}`);
  const sections: Record<string, Section> = {};
  const failed: string[] = [];
  // Each section is stamped with when it started and the machine's load when it ended.
  const measure = async (fn: (bench: BenchContext) => Promise<Section>, origin: string): Promise<Section> => {
    const run = runInfo();
    const section = await fn({ origin, quick: options.quick, run, log });
    return { ...section, run: { ...run, load: runInfo().load } };
  };
  const context = { log };

  if (options.skipBuild) {
    if (!existsSync(join('out', 'index.html'))) throw new Error('--skip-build: out/ has no build; run without --skip-build (or `npm run build`) first');
    context.log('using the existing out/ (--skip-build)');
  } else {
    sections.build = await measure(measureBuild, '');
  }

  const server = await startServer(options.port);
  context.log(`serving out/ on ${server.origin}`);
  try {
    for (const m of options.only) {
      try {
        sections[m] = await measure(MEASURE[m], server.origin);
      } catch (error) {
        failed.push(m);
        console.error(`[bench] ${m} failed:`, error);
      }
    }
  } finally {
    await server.stop();
  }

  const results: Results = { schema: 1, sections };
  console.log('\n' + Object.values(sections).map(renderSection).join('\n\n') + '\n');
  if (options.write) {
    const merged = mergeResults(await readPrevious(), results);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'latest.json'), JSON.stringify(merged, null, 2) + '\n');
    await writeFile(join(RESULTS_DIR, 'latest.md'), renderMarkdown(merged));
    context.log(`wrote ${join(RESULTS_DIR, 'latest.md')} and latest.json`);
  }

  const missed = misses(results);
  context.log(`${missed.length} target(s) missed; done in ${Math.round((Date.now() - started) / 1000)} s`);
  // Timings and scores that miss a target are reported, not fatal; errors under load are.
  const loadErrors = missed.filter((m) => m.section === 'load');
  if (loadErrors.length) console.error(`[bench] the load test had errors: ${loadErrors.map((m) => m.row.label).join('; ')}`);
  if (failed.length) console.error(`[bench] measurements that failed: ${failed.join(', ')}`);
  return loadErrors.length || failed.length ? 1 : 0;
}

async function main() {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  process.exitCode = await bench(options);
}

main().catch((error) => {
  console.error('[bench]', error);
  process.exit(1);
});
