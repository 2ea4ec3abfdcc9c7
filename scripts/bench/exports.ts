/**
 * Export timings in headless Chromium: time from the click to the browser's download event, for
 * each export a fresh browser context (empty cache), one cold run (loads the export code, fonts
 * and words) and then N warm runs in the same page; the table gives the median of the warm runs.
 * Controls are found by the data-testid the e2e tests use (e2e/export.spec.ts, e2e/present.spec.ts).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { TARGETS } from './budgets';
import { DESKTOP } from './chromium';
import { launchBrowser, type BenchContext } from './context';
import { resolvePresetSize, type ExportScale, type SizePreset } from '../../lib/export/presets';
import type { Row, Section } from './report';
import { median } from './stats';

interface ExportCase {
  id: string;
  label: string;
  extension: string;
  target?: Row['target'];
  /** Opens the page and gets the control ready; returns the click. */
  prepare(page: Page): Promise<() => Promise<void>>;
}

// The image export measured: the default preset and scale of the Export menu.
const PRESET: SizePreset = 'slide-16x9';
const SCALE: ExportScale = 2;
const PIXELS = (({ width, height }) => `${width * SCALE}×${height * SCALE}`)(resolvePresetSize(PRESET).output);

async function dashboard(page: Page): Promise<void> {
  await page.goto('/en/', { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
}

async function exportPanel(page: Page, subject: string) {
  const menu = page.getByTestId(`export-${subject}`);
  await menu.scrollIntoViewIfNeeded();
  await menu.getByTestId('export-button').click();
  const panel = menu.getByTestId('export-panel');
  await panel.getByTestId('export-size').waitFor();
  return panel;
}

/** Picks the measured size (PRESET at SCALE) in an open Export panel; returns the PNG click. */
async function pngAtPreset(panel: Locator): Promise<() => Promise<void>> {
  await panel.getByTestId('export-size').selectOption(PRESET);
  await panel.getByTestId('export-scale').selectOption(String(SCALE));
  return () => panel.getByTestId('export-png').click();
}

async function routeMapReady(page: Page, scope: string): Promise<void> {
  const map = page.locator(scope).getByTestId('chart-route-map');
  await map.scrollIntoViewIfNeeded();
  await page.locator(`${scope} [data-testid="chart-route-map"][data-status="ready"]`).waitFor({ timeout: 30_000 });
}

export const EXPORT_CASES: ExportCase[] = [
  {
    id: 'png2x',
    label: `PNG ${SCALE}x of the trade-turnover chart (${PRESET}, ${PIXELS})`,
    extension: '.png',
    target: TARGETS.exports.png2xMs,
    async prepare(page) {
      await dashboard(page);
      return pngAtPreset(await exportPanel(page, 'trade-turnover'));
    },
  },
  {
    id: 'svg',
    label: 'SVG of the trade-turnover chart',
    extension: '.svg',
    async prepare(page) {
      await dashboard(page);
      const panel = await exportPanel(page, 'trade-turnover');
      return () => panel.getByTestId('export-svg').click();
    },
  },
  {
    id: 'mapPng',
    label: `PNG ${SCALE}x of the route map (${PRESET}, ${PIXELS})`,
    extension: '.png',
    async prepare(page) {
      await dashboard(page);
      await routeMapReady(page, '#route-map');
      return pngAtPreset(await exportPanel(page, 'route-map'));
    },
  },
  {
    id: 'pdf',
    label: 'Briefing pack PDF (English)',
    extension: '.pdf',
    target: TARGETS.exports.pdfMs,
    async prepare(page) {
      await dashboard(page);
      const button = page.getByTestId('briefing-button');
      await button.scrollIntoViewIfNeeded();
      return () => button.click();
    },
  },
  {
    id: 'pptx',
    label: '.pptx of the default deck (/en/present/)',
    extension: '.pptx',
    async prepare(page) {
      await page.goto('/en/present/', { waitUntil: 'load' });
      await page.locator('[data-testid="deck"][data-mode="live"]').waitFor();
      // Slides away from the current one are not drawn yet: the download draws every slide (the map
      // included) and waits for the drawings, so that time is part of the figure.
      return () => page.getByTestId('download-pptx').click();
    },
  },
];

async function timeDownload(page: Page, click: () => Promise<void>, extension: string): Promise<number> {
  const started = performance.now();
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await click();
  const download = await pending;
  const ms = performance.now() - started;
  const name = download.suggestedFilename();
  await download.delete();
  if (!name.endsWith(extension)) throw new Error(`expected a ${extension} download, got ${name}`);
  return ms;
}

async function measureCase(browser: Browser, origin: string, c: ExportCase, runs: number): Promise<{ cold: number; warm: number[] }> {
  const context = await browser.newContext({ ...DESKTOP, baseURL: origin, serviceWorkers: 'block', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const click = await c.prepare(page);
    const cold = await timeDownload(page, click, c.extension);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await timeDownload(page, click, c.extension));
    return { cold, warm };
  } finally {
    await context.close();
  }
}

export async function measureExports(bench: BenchContext): Promise<Section> {
  const runs = bench.quick ? 2 : 5;
  const browser = await launchBrowser();
  const raw: Record<string, { cold: number; warm: number[] }> = {};
  const rows: Row[] = [];
  try {
    for (const c of EXPORT_CASES) {
      bench.log(`exports: ${c.id} (1 cold + ${runs})`);
      const r = await measureCase(browser, bench.origin, c, runs);
      raw[c.id] = r;
      rows.push({ id: `exports.${c.id}`, label: c.label, value: median(r.warm), unit: 'ms', ...(c.target ? { target: c.target } : {}), note: `cold ${Math.round(r.cold)} ms; runs ${r.warm.map((m) => Math.round(m)).join(', ')} ms` });
    }
  } finally {
    await browser.close();
  }
  return {
    title: `Export timings (headless Chromium, median of ${runs} after a cold run)`,
    run: bench.run,
    rows,
    notes: [
      `Click to download event, desktop viewport 1440×900, page language English. Each export in a fresh browser context: the cold run includes loading the export code, fonts and words; the median is over the ${runs} runs after it in the same page. Headless Chromium without GPU on a shared 2-core machine: timings move with whatever else runs.`,
    ],
    raw,
  };
}
