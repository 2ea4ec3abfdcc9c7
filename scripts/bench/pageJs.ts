/**
 * What JavaScript a page loads, measured in a real browser (Playwright): the first view, and what
 * the map, the Export menu and the presentation add when used. Shared by the benchmark
 * (scripts/bench/bundle.ts) and the budget test (e2e/budgets.spec.ts), so both measure the same.
 */
import type { Page } from '@playwright/test';
import { CHART_IDS } from '../../lib/charts/registry';
import { gzipSizeAsServed, textOf } from './served';

export interface LoadedResource {
  url: string;
  /** Path and query on the page's origin. */
  path: string;
  /** Chromium's resource type: document, script, stylesheet, fetch, font, image… */
  type: string;
  status: number;
  /** Content-Encoding Chromium received (Brotli from `serve`, since Chromium accepts it). */
  encoding: string;
  /** Body bytes as received (encoded), once the response has finished; null if unknown. */
  transferred: number | null;
}

/** Records every response of a page, in order, so a step can ask what it added. */
export class ResourceLog {
  readonly entries: LoadedResource[] = [];
  private readonly pending: Promise<unknown>[] = [];

  constructor(page: Page) {
    page.on('response', (response) => {
      const request = response.request();
      const url = new URL(response.url());
      const entry: LoadedResource = {
        url: response.url(),
        path: url.pathname + url.search,
        type: request.resourceType(),
        status: response.status(),
        encoding: response.headers()['content-encoding'] ?? 'identity',
        transferred: null,
      };
      this.entries.push(entry);
      this.pending.push(
        request
          .sizes()
          .then((s) => (entry.transferred = s.responseBodySize))
          .catch(() => undefined),
      );
    });
  }

  mark(): number {
    return this.entries.length;
  }

  since(mark: number): LoadedResource[] {
    return this.entries.slice(mark);
  }

  /** Waits until every response seen so far has finished. */
  async settled(): Promise<void> {
    for (let n = 0; n < this.pending.length; n = this.pending.length) await Promise.all(this.pending.slice(n));
  }

  /** Waits until no new response has come for `quietMs` and all have finished. */
  async quiet(quietMs = 1000, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let seen = -1;
    while (seen !== this.entries.length) {
      if (Date.now() > deadline) throw new Error(`the network did not go quiet within ${timeoutMs} ms`);
      seen = this.entries.length;
      await this.settled();
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }
}

/** Same-origin JavaScript among the resources (a modern browser never fetches the `noModule` polyfill). */
export function scriptsOf(resources: readonly LoadedResource[], origin: string): LoadedResource[] {
  return resources.filter((r) => r.type === 'script' && new URL(r.url).origin === origin);
}

/**
 * Loads a page the way the first view is defined here: navigation, network idle, then at least
 * 2 s more, until no request has started for 2 s (work started after idle, e.g. route prefetches,
 * still counts, also on a busy machine); no scrolling, no input.
 */
export async function loadFirstView(page: Page, log: ResourceLog, path: string): Promise<LoadedResource[]> {
  const mark = log.mark();
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await log.quiet(2000);
  return log.since(mark);
}

/**
 * Scrolls each chart card of the dashboard into view in turn, letting it load what it loads on
 * approach (recharts); returns what that loaded. Run before measuring an Export menu, so its
 * figure holds only its own code.
 */
export async function loadCharts(page: Page, log: ResourceLog): Promise<LoadedResource[]> {
  const mark = log.mark();
  for (const id of CHART_IDS) {
    await page.getByTestId(`chart-${id}`).first().scrollIntoViewIfNeeded();
    await log.quiet(500);
  }
  await log.quiet();
  return log.since(mark);
}

/** Scrolls the dashboard's route map into view and waits until it is drawn; returns what that loaded. */
export async function loadRouteMap(page: Page, log: ResourceLog): Promise<LoadedResource[]> {
  const mark = log.mark();
  const map = page.locator('#route-map').getByTestId('chart-route-map');
  await map.scrollIntoViewIfNeeded();
  await page.locator('#route-map [data-testid="chart-route-map"][data-status="ready"]').waitFor({ timeout: 30_000 });
  await log.quiet();
  return log.since(mark);
}

/**
 * Opens the Export menu of a chart (or `route-map`) and waits for its panel; returns what opening
 * it loaded. The menu is scrolled to first and whatever that brings (the chart itself) is left
 * out: only the click counts.
 */
export async function openExportMenu(page: Page, log: ResourceLog, subject: string): Promise<LoadedResource[]> {
  const menu = page.getByTestId(`export-${subject}`);
  await menu.scrollIntoViewIfNeeded();
  await log.quiet();
  const mark = log.mark();
  await menu.getByTestId('export-button').click();
  await menu.getByTestId('export-panel').getByTestId('export-size').waitFor({ timeout: 30_000 });
  await log.quiet();
  return log.since(mark);
}

export interface SizedScript {
  path: string;
  /** Gzip bytes as the server sends them when asked for gzip (the budgets' measure). */
  gzip: number;
  /** Bytes Chromium received (Brotli), for comparison. */
  transferred: number | null;
}

/** Gzip size of each script, fetched again from the server with `Accept-Encoding: gzip`. */
export async function sizeScripts(origin: string, scripts: readonly LoadedResource[]): Promise<SizedScript[]> {
  return Promise.all(scripts.map(async (s) => ({ path: s.path, gzip: (await gzipSizeAsServed(origin + s.path)).bytes, transferred: s.transferred })));
}

/**
 * Strings that survive minification and identify code that must load only when used:
 * Leaflet's attribution link, a control of the export panel, jsPDF's and pptxgenjs' own names.
 */
export const CODE_MARKERS = {
  leaflet: 'leafletjs.com',
  'export panel': '"export-png"',
  jsPDF: 'jsPDF',
  pptxgenjs: 'PptxGenJS',
  // fontkit outlines the SVG download's text (components/export/outline.ts).
  fontkit: 'Unknown font format',
  // citation-js makes the BibTeX and RIS files (components/cite/citeFiles.ts), on click only.
  'citation-js': 'citation-js/citation-js',
} as const;
export type CodeMarker = keyof typeof CODE_MARKERS;

/** Which markers each script contains (text fetched from the server). */
export async function findMarkers(origin: string, paths: readonly string[]): Promise<{ path: string; markers: CodeMarker[] }[]> {
  return Promise.all(
    paths.map(async (path) => {
      const text = await textOf(origin + path);
      return { path, markers: (Object.keys(CODE_MARKERS) as CodeMarker[]).filter((m) => text.includes(CODE_MARKERS[m])) };
    }),
  );
}

/** The `<script src>` of a page's HTML, without `noModule` ones. */
export async function htmlScripts(origin: string, path: string): Promise<string[]> {
  const html = await textOf(origin + path);
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
}

/** Scripts the presentation's page lists that the dashboard's does not: the presentation's own code. */
export async function presentationOnlyScripts(origin: string, locale = 'en'): Promise<string[]> {
  const [present, dashboard] = await Promise.all([htmlScripts(origin, `/${locale}/present/`), htmlScripts(origin, `/${locale}/`)]);
  return present.filter((src) => !dashboard.includes(src));
}
