/**
 * Lighthouse (its default config: mobile form factor, 412×823 at 1.75x, simulated slow 4G and 4x
 * CPU slowdown) on five pages and a floor page (LIGHTHOUSE_PAGES), three runs each, each run in a fresh Chromium with a fresh profile.
 * Every figure in the table is the median of that figure over the runs (per-metric medians).
 */
import { launch } from 'chrome-launcher';
import type { Result as LighthouseResult } from 'lighthouse';
import { TARGETS } from './budgets';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumEnv } from './chromium';
import type { BenchContext } from './context';
import { formatValue, type Row, type Section, type Unit } from './report';
import { median } from './stats';

/**
 * The floor: the site's frame (header with the language and theme switchers, footer) around a
 * short server-rendered list, with no chart, map, export or deck code. No performance target: it
 * shows what Next.js and React cost on this machine before any of the dashboard's content, which
 * is what the other pages' misses are read against (bench/README.md).
 */
export const LIGHTHOUSE_FLOOR_PAGE = '/en/sources/changes/';

export const LIGHTHOUSE_PAGES = ['/en/', '/az/', '/en/present/', '/en/sources/', '/en/embed/trade-turnover/', LIGHTHOUSE_FLOOR_PAGE] as const;

/** The deck's targets differ (bench/budgets.json, lighthouseDeck): it draws a slide of charts at once. The floor has only the accessibility target. */
const targetsFor = (path: string) => {
  if (path === LIGHTHOUSE_FLOOR_PAGE) return { accessibility: TARGETS.lighthouse.accessibility, performance: undefined, lcpMs: undefined, tbtMs: undefined, cls: undefined };
  return path.endsWith('/present/') ? { ...TARGETS.lighthouse, ...TARGETS.lighthouseDeck, lcpMs: undefined } : TARGETS.lighthouse;
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  totalBytes: number;
  jsBytes: number;
  requests: number;
  /** Lighthouse's CPU benchmark of this machine at the time (higher = faster; throttling is calibrated for ~1000+). */
  benchmarkIndex: number;
  /** Audits that cost points: `category: audit-id` → score 0–100. */
  failing: Record<string, number>;
  warnings: string[];
  version: string;
  /** Diagnostics for explaining a miss: main-thread time by kind (ms), the scripts costing most CPU, the LCP element, DOM size. */
  mainThread: Record<string, number>;
  heaviestScripts: { url: string; ms: number }[];
  lcpElement: string;
  domElements: number;
}

function num(lhr: LighthouseResult, audit: string): number {
  const v = lhr.audits[audit]?.numericValue;
  if (typeof v !== 'number') throw new Error(`Lighthouse gave no ${audit}`);
  return v;
}

function itemsOf<T>(lhr: LighthouseResult, audit: string): T[] {
  return ((lhr.audits[audit]?.details as { items?: T[] } | undefined)?.items ?? []);
}

export function summarizeRun(lhr: LighthouseResult): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const items = itemsOf<{ resourceType?: string; transferSize?: number }>(lhr, 'network-requests');
  const failing = Object.fromEntries(
    Object.entries(lhr.categories).flatMap(([id, cat]) =>
      cat.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
        .map(({ ref, audit }) => [`${id}: ${ref.id}`, Math.round(audit!.score! * 100)] as const),
    ),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) as LighthouseRun['scores'],
    fcpMs: num(lhr, 'first-contentful-paint'),
    lcpMs: num(lhr, 'largest-contentful-paint'),
    tbtMs: num(lhr, 'total-blocking-time'),
    cls: num(lhr, 'cumulative-layout-shift'),
    speedIndexMs: num(lhr, 'speed-index'),
    totalBytes: num(lhr, 'total-byte-weight'),
    jsBytes: items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0),
    requests: items.length,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
    warnings: lhr.runWarnings,
    version: lhr.lighthouseVersion,
    mainThread: Object.fromEntries(itemsOf<{ group: string; duration: number }>(lhr, 'mainthread-work-breakdown').map((i) => [i.group, Math.round(i.duration)])),
    heaviestScripts: itemsOf<{ url: string; total: number }>(lhr, 'bootup-time')
      .slice(0, 3)
      .map((i) => ({ url: String(i.url).replace(/^https?:\/\/[^/]+/, ''), ms: Math.round(i.total) })),
    lcpElement: (itemsOf<{ items?: { node?: { selector?: string } }[] }>(lhr, 'largest-contentful-paint-element')[0]?.items?.[0]?.node?.selector) ?? '',
    domElements: lhr.audits['dom-size']?.numericValue ?? NaN,
  };
}

async function runOnce(url: string): Promise<LighthouseRun> {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS], envVars: chromiumEnv(), logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarizeRun(result.lhr);
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP): such a
 * run is repeated, up to twice; any other error stops the measurement.
 */
async function runWithRetry(bench: BenchContext, url: string): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url);
    } catch (e) {
      const transient = /NO_NAVSTART|NO_FCP|NO_TRACING_STARTED|PROTOCOL_TIMEOUT/.test(String(e));
      if (!transient || attempt >= 3) throw e;
      bench.log(`lighthouse: ${url} failed to record (${String(e).slice(0, 80)}), again`);
    }
  }
}

export async function measureLighthouse(bench: BenchContext): Promise<Section> {
  const runs = bench.quick ? 1 : 3;
  const perPage: Record<string, LighthouseRun[]> = {};
  for (const path of LIGHTHOUSE_PAGES) {
    perPage[path] = [];
    for (let i = 0; i < runs; i++) {
      bench.log(`lighthouse: ${path} run ${i + 1}/${runs}`);
      perPage[path].push(await runWithRetry(bench, bench.origin + path));
    }
  }
  const version = [...new Set(Object.values(perPage).flat().map((r) => r.version))].join(', ');

  const rows: Row[] = [];
  const notes: string[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const list = perPage[path]!;
    const t = targetsFor(path);
    const m = (pick: (r: LighthouseRun) => number) => median(list.map(pick));
    const row = (key: string, label: string, value: number | null, unit: Unit, target?: Row['target']): Row => ({ id: `lighthouse.${path}.${key}`, label: `${path} ${label}`, value, unit, ...(target ? { target } : {}) });
    rows.push(
      row('performance', 'performance', m((r) => r.scores.performance), 'score', t.performance),
      row('accessibility', 'accessibility', m((r) => r.scores.accessibility), 'score', { min: t.accessibility.min, max: 100 }),
      row('bestPractices', 'best practices', m((r) => r.scores['best-practices']), 'score'),
      row('seo', 'SEO', m((r) => r.scores.seo), 'score'),
      row('fcp', 'FCP', m((r) => r.fcpMs), 'ms'),
      row('lcp', 'LCP', m((r) => r.lcpMs), 'ms', t.lcpMs),
      row('tbt', 'TBT', m((r) => r.tbtMs), 'ms', t.tbtMs),
      row('cls', 'CLS', m((r) => r.cls), 'cls', t.cls),
      row('bytes', 'bytes transferred', m((r) => r.totalBytes), 'bytes'),
      row('js', 'JS bytes transferred', m((r) => r.jsBytes), 'bytes'),
    );
    const failing = [...new Set(list.flatMap((r) => Object.keys(r.failing)))];
    if (failing.length) notes.push(`${path}, audits that cost points (score in each run): ${failing.map((f) => `${f} ${list.map((r) => r.failing[f] ?? 100).join('/')}`).join('; ')}.`);
    const groups = [...new Set(list.flatMap((r) => Object.keys(r.mainThread)))]
      .map((g) => ({ g, ms: m((r) => r.mainThread[g] ?? 0) ?? 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    const heavy = list.flatMap((r) => r.heaviestScripts.slice(0, 1));
    notes.push(
      `${path}, diagnostics (medians, simulated 4x CPU): main thread ${groups.map((x) => `${x.g} ${formatValue(x.ms, 'ms')}`).join(', ')}; most CPU: ${[...new Set(heavy.map((h) => h.url))].join(', ')} (${formatValue(median(heavy.map((h) => h.ms)), 'ms')}); LCP element \`${list[0]?.lcpElement ?? ''}\`; ${m((r) => r.domElements)} DOM elements.`,
    );
  }
  const indices = Object.values(perPage).flat().map((r) => Math.round(r.benchmarkIndex));
  rows.push({ id: 'lighthouse.benchmarkIndex', label: 'Lighthouse CPU benchmark index of this machine during the runs (median)', value: median(indices), unit: 'count', note: `range ${Math.min(...indices)}–${Math.max(...indices)}; higher is faster` });
  const warnings = [...new Set(Object.values(perPage).flat().flatMap((r) => r.warnings))];
  return {
    title: `Lighthouse (mobile defaults, median of ${runs})`,
    run: bench.run,
    rows,
    notes: [
      `Lighthouse ${version}, default config (mobile, simulated throttling), ${runs} run${runs === 1 ? '' : 's'} per page, each in a fresh headless Chromium profile; every figure is the median of that figure over the runs. Bytes are as Chromium received them (Brotli from \`serve\`). The simulation scales the CPU time it observes, so a busy machine (a low benchmark index, last row) worsens TBT and LCP.`,
      ...notes,
      ...(warnings.length ? [`Lighthouse warnings: ${warnings.join(' ')}`] : []),
    ],
    raw: { lighthouseVersion: version, runs: perPage },
  };
}
