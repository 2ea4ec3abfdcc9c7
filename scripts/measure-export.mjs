// Measures export speed in Debian's Chromium against a running server (`npm run serve`):
// click-to-download time of the 2x PNG (16:9) of one chart, cold (first export in a fresh page)
// and warm (median of 5 after one warm-up in the same page), and of the PDF briefing pack.
// Usage: PORT=3000 node scripts/measure-export.mjs [chart-id] [runs]
import { chromium } from '@playwright/test';

const base = `http://localhost:${process.env.PORT || 3000}`;
const chart = process.argv[2] || 'trade-turnover';
const runs = Number(process.argv[3] || 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openPage() {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/en/`);
  await page.locator(`[data-testid="chart-${chart}"] svg.recharts-surface`).first().waitFor();
  const menu = page.getByTestId(`export-${chart}`);
  await menu.scrollIntoViewIfNeeded();
  await menu.getByTestId('export-button').click();
  const panel = menu.getByTestId('export-panel');
  await panel.getByTestId('export-size').waitFor();
  await panel.getByTestId('export-scale').selectOption('2');
  return { context, page, panel };
}

/** Milliseconds from the click to the download event. */
async function timeDownload(page, control) {
  const pending = page.waitForEvent('download', { timeout: 60_000 });
  const start = performance.now();
  await control.click();
  const download = await pending;
  const ms = performance.now() - start;
  await download.path();
  return ms;
}

const cold = [];
for (let i = 0; i < 3; i++) {
  const { context, page, panel } = await openPage();
  cold.push(await timeDownload(page, panel.getByTestId('export-png')));
  await context.close();
}
const { context, page, panel } = await openPage();
await timeDownload(page, panel.getByTestId('export-png'));
const warm = [];
for (let i = 0; i < runs; i++) warm.push(await timeDownload(page, panel.getByTestId('export-png')));
const pdf = [];
for (let i = 0; i < 3; i++) pdf.push(await timeDownload(page, page.getByTestId('briefing-button')));
await context.close();
await browser.close();

const fmt = (xs) => xs.map((x) => Math.round(x)).join(', ');
console.log(`PNG 2x ${chart}: cold median ${Math.round(median(cold))} ms (${fmt(cold)}); warm median ${Math.round(median(warm))} ms (${fmt(warm)})`);
console.log(`PDF briefing pack (after the PNGs): median ${Math.round(median(pdf))} ms (${fmt(pdf)})`);
