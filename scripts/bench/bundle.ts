/**
 * Bundle figures, measured in Chromium against the served build: the JavaScript the first view of
 * /en/ loads (phone and desktop), what the map, the Export menu, the PDF and the .pptx add when
 * used, the presentation's own code, the basemap, and the service worker's precache.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { BASEMAP_URL } from '../../lib/map/shapeRoute';
import { BYTE_BUDGETS, KIB, TARGETS } from './budgets';
import { DESKTOP, PHONE } from './chromium';
import { launchBrowser, type BenchContext } from './context';
import {
  CODE_MARKERS,
  ResourceLog,
  findMarkers,
  htmlScripts,
  loadFirstView,
  loadCharts,
  loadRouteMap,
  openExportMenu,
  presentationOnlyScripts,
  scriptsOf,
  sizeScripts,
  type LoadedResource,
  type SizedScript,
} from './pageJs';
import { formatValue, type DetailTable, type Row, type Section } from './report';
import { gzipSizeAsServed } from './served';
import { sum } from './stats';

const gz = (s: readonly SizedScript[]) => sum(s.map((x) => x.gzip));
const br = (s: readonly SizedScript[]) => sum(s.map((x) => x.transferred ?? 0));
const scriptCount = (n: number) => `${n} script${n === 1 ? '' : 's'}`;
const short = (path: string) => path.replace(/^\/_next\/static\/chunks\//, '');

async function newContext(browser: Browser, origin: string, device: typeof PHONE | typeof DESKTOP): Promise<BrowserContext> {
  // The service worker's precache (every file of the site, after load) is not the page's JS; it is
  // reported on its own below.
  return browser.newContext({ ...device, baseURL: origin, serviceWorkers: 'block', reducedMotion: 'no-preference' });
}

/** What clicking a control that starts a download loads (the export code behind it); not what scrolling to it loads. */
async function jsOfDownload(page: Page, log: ResourceLog, control: Locator): Promise<LoadedResource[]> {
  await control.scrollIntoViewIfNeeded();
  await log.quiet();
  // Waiting for quiet lets the deck's toolbar hide (idle): a pointer move shows it again, as a
  // presenter's mouse does (the .pptx button had timed out, hidden, in this sequence).
  await page.mouse.move(8, 8);
  await page.mouse.move(24, 24);
  const mark = log.mark();
  // Together, so a page that closes before the download fails this measurement (reported, the
  // server stopped) instead of leaving an unhandled rejection that kills the bench.
  await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), control.click()]);
  await log.quiet();
  return log.since(mark);
}

export async function measureBundle(bench: BenchContext): Promise<Section> {
  const { origin } = bench;
  const browser = await launchBrowser();
  try {
    // Phone: first view, then the map, then an Export menu, then the exports themselves.
    bench.log('bundle: first view of /en/ (phone), map, charts, export menu, PNG, PDF');
    const phone = await newContext(browser, origin, PHONE);
    const page = await phone.newPage();
    const log = new ResourceLog(page);
    const first = await loadFirstView(page, log, '/en/');
    const firstScripts = await sizeScripts(origin, scriptsOf(first, origin));
    // A jump straight to the map (the chart cards far above it stay unloaded), then the charts.
    const map = await loadRouteMap(page, log);
    const mapScripts = await sizeScripts(origin, scriptsOf(map, origin));
    const mapCss = await sizeScripts(origin, map.filter((r) => r.type === 'stylesheet'));
    const charts = await sizeScripts(origin, scriptsOf(await loadCharts(page, log), origin));
    const basemapRequested = first.some((r) => r.path.startsWith(BASEMAP_URL));
    const exportMenu = await sizeScripts(origin, scriptsOf(await openExportMenu(page, log, 'trade-turnover'), origin));
    const panel = page.getByTestId('export-trade-turnover').getByTestId('export-panel');
    const png = await sizeScripts(origin, scriptsOf(await jsOfDownload(page, log, panel.getByTestId('export-png')), origin));
    const pdf = await sizeScripts(origin, scriptsOf(await jsOfDownload(page, log, page.getByTestId('briefing-button')), origin));
    await phone.close();

    bench.log('bundle: first view of /en/ (desktop)');
    const desktop = await newContext(browser, origin, DESKTOP);
    const dPage = await desktop.newPage();
    const dLog = new ResourceLog(dPage);
    const dFirst = await loadFirstView(dPage, dLog, '/en/');
    const desktopScripts = await sizeScripts(origin, scriptsOf(dFirst, origin));
    const firstChartTop = Math.round((await dPage.locator('[data-testid^="chart-"]').first().boundingBox())?.y ?? NaN);
    await desktop.close();

    bench.log('bundle: /en/present/ and the .pptx');
    const present = await newContext(browser, origin, DESKTOP);
    const pPage = await present.newPage();
    const pLog = new ResourceLog(pPage);
    const presentFirst = await sizeScripts(origin, scriptsOf(await loadFirstView(pPage, pLog, '/en/present/'), origin));
    await pPage.getByTestId('deck').and(pPage.locator('[data-mode="live"]')).waitFor();
    const pptx = await sizeScripts(origin, scriptsOf(await jsOfDownload(pPage, pLog, pPage.getByTestId('download-pptx')), origin));
    await present.close();

    // The framework and layout chunks the dashboard's HTML lists are shared; the rest of what the
    // presentation loads (the deck, and the charts and map it shows at once) is its own.
    const shared = new Set(await htmlScripts(origin, '/en/'));
    const presentationOwn = presentFirst.filter((s) => !shared.has(s.path));

    // Code that must not be on the first view.
    const presentOnly = await presentationOnlyScripts(origin, 'en');
    const firstPaths = [...new Set([...firstScripts, ...desktopScripts].map((s) => s.path))];
    const markers = await findMarkers(origin, firstPaths);
    const early = markers.filter((m) => m.markers.length > 0);
    const presentEarly = firstPaths.filter((p) => presentOnly.includes(p));

    const basemap = await gzipSizeAsServed(origin + BASEMAP_URL);
    const precache = await measurePrecache(origin);

    const rows: Row[] = [
      { id: 'bundle.firstView.phone', label: 'First view of /en/, phone 412×823: JS (gzip)', value: gz(firstScripts), unit: 'bytes', target: { max: TARGETS.pages.firstViewJsKiB.max * KIB }, note: `${scriptCount(firstScripts.length)}; ${formatValue(br(firstScripts), 'bytes')} as Brotli over the wire; budget ${BYTE_BUDGETS.firstViewJsGzip / KIB} KiB` },
      // No target: on a desktop the first chart is near the fold, inside the charts' load-ahead margin.
      // (Its position is measured, so the note says where it was.)
      { id: 'bundle.firstView.desktop', label: 'First view of /en/, desktop 1440×900: JS (gzip)', value: gz(desktopScripts), unit: 'bytes', note: `${scriptCount(desktopScripts.length)}; ${formatValue(br(desktopScripts), 'bytes')} as Brotli; the budget is for the phone; here the first chart card starts ${firstChartTop} px down a ${DESKTOP.viewport.height} px window` },
      { id: 'bundle.firstView.earlyCode', label: 'Map, export, PDF or .pptx code on the first view (chunks)', value: early.length, unit: 'count', target: { max: 0 }, note: early.map((e) => `${short(e.path)}: ${e.markers.join(', ')}`).join('; ') },
      { id: 'bundle.firstView.presentation', label: 'Presentation-only chunks on the first view of /en/', value: presentEarly.length, unit: 'count', target: { max: 0 }, note: presentEarly.map(short).join(', ') },
      { id: 'bundle.charts', label: 'Charts: JS added as the chart cards come near the viewport (gzip)', value: gz(charts), unit: 'bytes', note: `${scriptCount(charts.length)} (recharts and the chart components)` },
      { id: 'bundle.map', label: 'Map chunk: JS added when the map scrolls into view (gzip)', value: gz(mapScripts), unit: 'bytes', target: { max: BYTE_BUDGETS.mapChunkGzip }, note: `${scriptCount(mapScripts.length)}, + ${formatValue(gz(mapCss), 'bytes')} CSS` },
      { id: 'bundle.basemap', label: `Basemap ${BASEMAP_URL} (gzip)`, value: basemap.bytes, unit: 'bytes', target: { max: BYTE_BUDGETS.basemapGzip }, note: basemapRequested ? 'requested on the first view' : 'requested with the map, not on the first view' },
      { id: 'bundle.exportMenu', label: 'Export chunk: JS added by opening an Export menu (gzip)', value: gz(exportMenu), unit: 'bytes', note: scriptCount(exportMenu.length) },
      { id: 'bundle.exportPng', label: 'JS added by the first PNG export (gzip)', value: gz(png), unit: 'bytes', note: scriptCount(png.length) },
      { id: 'bundle.exportPdf', label: 'JS added by the briefing pack PDF: jsPDF, svg2pdf.js (gzip)', value: gz(pdf), unit: 'bytes', note: scriptCount(pdf.length) },
      { id: 'bundle.presentation', label: 'Presentation: JS of /en/present/ beyond the framework /en/ shares (gzip)', value: gz(presentationOwn), unit: 'bytes', note: `of ${formatValue(gz(presentFirst), 'bytes')} in all on its first view` },
      { id: 'bundle.pptx', label: 'JS added by Download .pptx: pptxgenjs and the export pipeline (gzip)', value: gz(pptx), unit: 'bytes', note: scriptCount(pptx.length) },
      { id: 'bundle.precache', label: 'Service worker precache after the first visit to /en/ (gzip)', value: precache.gzip, unit: 'bytes', note: `${precache.files} files (${formatValue(precache.raw, 'bytes')} uncompressed), fetched by out/sw.js once the page has loaded` },
    ];

    const markerNames = Object.keys(CODE_MARKERS);
    const chunkTable = (title: string, scripts: readonly SizedScript[]): DetailTable => ({
      title,
      head: ['Script', 'gzip', 'Brotli (received)'],
      rows: [...scripts].sort((a, b) => b.gzip - a.gzip).map((s) => [short(s.path), formatValue(s.gzip, 'bytes'), formatValue(s.transferred, 'bytes')]),
    });

    return {
      title: 'Bundle (JavaScript by view, gzip as served)',
      run: bench.run,
      rows,
      notes: [
        `Measured in Chromium against \`serve\` (scripts/serve.mjs): every script response of the view is counted, its size being the gzip body the server sends when asked for gzip (Chromium itself is sent Brotli, shown for comparison). First view = navigation, network idle, then no new request for 2 s, no scrolling; service worker blocked (its precache is the last row). The \`noModule\` polyfill is never requested by Chromium, so never counted. "Early code" looks for ${markerNames.map((m) => `${m} (\`${CODE_MARKERS[m as keyof typeof CODE_MARKERS]}\`)`).join(', ')} in the first view's scripts; presentation-only chunks are those /en/present/'s HTML lists and /en/'s does not.`,
      ],
      tables: [
        chunkTable('First view of /en/ (phone): scripts', firstScripts),
        chunkTable('Added by the map', mapScripts),
        chunkTable('Added by the chart cards', charts),
        chunkTable('Added by the Export menu', exportMenu),
        chunkTable('Presentation’s own scripts (/en/present/)', presentationOwn),
      ],
      raw: { firstView: { phone: firstScripts, desktop: desktopScripts }, charts, map: { scripts: mapScripts, css: mapCss }, exportMenu, png, pdf, presentation: { all: presentFirst, own: presentationOwn, presentOnlyHtml: presentOnly }, pptx, markers, basemap, precache },
    };
  } finally {
    await browser.close();
  }
}

/**
 * Files out/sw.js precaches for an English reader (its MANIFEST: the files every language needs and
 * the English pages, fonts and words), and their gzip size as served.
 */
async function measurePrecache(origin: string): Promise<{ files: number; gzip: number; raw: number }> {
  const sw = await readFile('out/sw.js', 'utf8');
  const manifest = /const MANIFEST = (\{.*\});/.exec(sw)?.[1];
  if (!manifest) throw new Error('out/sw.js: no MANIFEST found');
  const { common, locales } = JSON.parse(manifest) as { common: string[]; locales: Record<string, string[]> };
  if (!locales.en) throw new Error('out/sw.js: MANIFEST has no English files');
  const paths = [...common, ...locales.en];
  let gzip = 0;
  let raw = 0;
  for (const path of paths) {
    gzip += (await gzipSizeAsServed(new URL(path, origin).href)).bytes;
    raw += (await readFile(`out${new URL(path, origin).pathname.replace(/\/$/, '/index.html')}`).catch(() => Buffer.alloc(0))).length;
  }
  return { files: paths.length, gzip, raw };
}
