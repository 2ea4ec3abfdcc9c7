import { test, expect } from './fixtures';
import { BUDGET_TEXT, BYTE_BUDGETS, KIB } from '../scripts/bench/budgets';
import { DESKTOP, PHONE } from '../scripts/bench/chromium';
import {
  CODE_MARKERS,
  ResourceLog,
  findMarkers,
  loadFirstView,
  loadRouteMap,
  openExportMenu,
  presentationOnlyScripts,
  scriptsOf,
  sizeScripts,
  type SizedScript,
} from '../scripts/bench/pageJs';
import { gzipSizeAsServed } from '../scripts/bench/served';
import { measurePrecacheSizes } from '../scripts/bench/precache';
import { measurePageWeights } from '../scripts/bench/pages';
import { BASEMAP_URL } from '../lib/map/shapeRoute';

/**
 * Byte budgets of bench/budgets.json, measured in the browser against the production build as
 * `npm run bench` measures them (same code: scripts/bench/pageJs.ts). Sizes are deterministic for
 * a build, so these may fail a test; timings and Lighthouse scores stay in the benchmark.
 */

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const gzipTotal = (scripts: readonly SizedScript[]) => scripts.reduce((s, x) => s + x.gzip, 0);
const listing = (scripts: readonly SizedScript[]) => [...scripts].sort((a, b) => b.gzip - a.gzip).map((s) => `${s.path} ${kib(s.gzip)}`).join(', ');

// The budget is for the phone (Lighthouse's mobile screen, where the targets are set). On a
// desktop the first chart card sits just below the fold, inside the charts' load-ahead margin, so
// recharts loads at once by design; `npm run bench` reports that figure without a target.
test.describe(`first view of /en/ on a phone (${PHONE.viewport.width}×${PHONE.viewport.height})`, () => {
  test.use({ ...PHONE });

  test('JavaScript within the first-view budget', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const log = new ResourceLog(page);
    const scripts = await sizeScripts(origin, scriptsOf(await loadFirstView(page, log, '/en/'), origin));
    expect(scripts.length).toBeGreaterThan(0);
    const total = gzipTotal(scripts);
    expect(total, `${BUDGET_TEXT.firstViewJsGzip}: ${kib(total)} gzip, budget ${kib(BYTE_BUDGETS.firstViewJsGzip)}: ${listing(scripts)}`).toBeLessThanOrEqual(BYTE_BUDGETS.firstViewJsGzip);
  });
});

test('the HTML of /en/ and its React Server Components payload stay within their budgets', async ({ baseURL }) => {
  const weights = await measurePageWeights(new URL(baseURL!).origin);
  const en = weights.find((w) => w.path === '/en/')!;
  const parts = `inline CSS ${kib(en.payloadCss)}, client props ${kib(en.payloadClientProps)}`;
  expect.soft(en.html, `${BUDGET_TEXT.pageHtmlRaw}: ${kib(en.html)}`).toBeLessThanOrEqual(BYTE_BUDGETS.pageHtmlRaw);
  expect.soft(en.payload, `${BUDGET_TEXT.rscPayloadRaw}: ${kib(en.payload)} (${parts})`).toBeLessThanOrEqual(BYTE_BUDGETS.rscPayloadRaw);
  // Every weighed page answered with something (a 404 page would be small and pass).
  for (const w of weights) expect(w.payload, w.path).toBeGreaterThan(10 * 1024);
});

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test.describe(`first view of /en/ (${name}, ${device.viewport.width}×${device.viewport.height})`, () => {
    test.use({ ...device });

    test('no map, export, PDF, .pptx or presentation code, and no basemap, before they are used', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const log = new ResourceLog(page);
      const first = await loadFirstView(page, log, '/en/');
      const paths = scriptsOf(first, origin).map((s) => s.path);
      const early = (await findMarkers(origin, paths)).filter((m) => m.markers.length > 0);
      expect.soft(early, `chunks with ${Object.keys(CODE_MARKERS).join(', ')} code on the first view`).toEqual([]);
      const presentOnly = await presentationOnlyScripts(origin, 'en');
      // The presentation has code of its own (else the check below would prove nothing).
      expect(presentOnly.length).toBeGreaterThan(0);
      expect.soft(paths.filter((p) => presentOnly.includes(p)), "chunks of the presentation's own code (/en/present/) on the first view of /en/").toEqual([]);
      expect.soft(first.filter((r) => r.path.startsWith(BASEMAP_URL)).map((r) => r.path), 'basemap requested on the first view').toEqual([]);
    });
  });
}

test('the map brings Leaflet and the basemap when it scrolls into view, each within its budget', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const origin = new URL(baseURL!).origin;
  const log = new ResourceLog(page);
  await loadFirstView(page, log, '/en/');
  // A jump straight to the map: the chart cards far above it stay unloaded (the list in the
  // message shows it if a chart's code ever comes with it).
  const added = await loadRouteMap(page, log);
  const scripts = await sizeScripts(origin, scriptsOf(added, origin));
  const markers = await findMarkers(origin, scripts.map((s) => s.path));
  // Leaflet came with the map, i.e. it was not there before.
  expect(markers.some((m) => m.markers.includes('leaflet')), `Leaflet among the scripts the map added: ${listing(scripts)}`).toBe(true);
  const total = gzipTotal(scripts);
  expect.soft(total, `${BUDGET_TEXT.mapChunkGzip}: ${kib(total)} gzip, budget ${kib(BYTE_BUDGETS.mapChunkGzip)}: ${listing(scripts)}`).toBeLessThanOrEqual(BYTE_BUDGETS.mapChunkGzip);

  expect(added.some((r) => r.path.startsWith(BASEMAP_URL) && r.status === 200)).toBe(true);
  const basemap = await gzipSizeAsServed(origin + BASEMAP_URL);
  expect(basemap.encoding).toBe('gzip');
  expect.soft(basemap.bytes, `${BUDGET_TEXT.basemapGzip}: ${kib(basemap.bytes)} gzip, budget ${kib(BYTE_BUDGETS.basemapGzip)}`).toBeLessThanOrEqual(BYTE_BUDGETS.basemapGzip);
});

test('the Export menu brings its code when first opened', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const log = new ResourceLog(page);
  await loadFirstView(page, log, '/en/');
  const scripts = scriptsOf(await openExportMenu(page, log, 'trade-turnover'), origin);
  const markers = await findMarkers(origin, scripts.map((s) => s.path));
  expect(markers.some((m) => m.markers.includes('export panel')), `the export panel among the scripts the menu added: ${scripts.map((s) => s.path).join(', ')}`).toBe(true);
  // Its "How to cite" box is there, and citation-js comes only with a BibTeX or RIS click.
  await expect(page.getByTestId('export-trade-turnover').getByTestId('citation-trade-turnover')).toBeVisible();
  const citeJs = (m: { markers: readonly string[] }) => m.markers.includes('citation-js');
  expect(markers.filter(citeJs).map((m) => m.path), 'citation-js loaded by opening the Export menu').toEqual([]);
  await log.quiet();
  const before = log.mark();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trade-turnover').getByTestId('citation-bibtex').click()]);
  expect(file.suggestedFilename()).toMatch(/\.bib$/);
  await log.quiet();
  const added = scriptsOf(log.since(before), origin).map((s) => s.path);
  expect((await findMarkers(origin, added)).some(citeJs), `citation-js among the scripts a BibTeX click added: ${added.join(', ')}`).toBe(true);
});

test('the offline cache a first visit fills ahead stays within budget in every language', async ({ baseURL }) => {
  const sizes = await measurePrecacheSizes(new URL(baseURL!).origin);
  expect(sizes.map((s) => s.locale).sort()).toEqual(['az', 'en', 'kk', 'ru']);
  for (const s of sizes) expect(s.bytes, `${BUDGET_TEXT.precachePerLocaleGzip} (${s.locale}): ${kib(s.bytes)} gzip in ${s.files} files, budget ${kib(BYTE_BUDGETS.precachePerLocaleGzip)}`).toBeLessThanOrEqual(BYTE_BUDGETS.precachePerLocaleGzip);
});
