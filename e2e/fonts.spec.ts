import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumEnv, FONT_SETS, type FontSet } from '../scripts/bench/chromium';

/**
 * The web font (Noto Sans) arrives after the first paint on a slow network. Until then the page is
 * drawn in a metric-matched fallback (app/fonts/generated/fallbacks.css: Arial or its metric twin
 * Liberation Sans, else DejaVu Sans, each scaled to Noto Sans), so nothing may move when it
 * arrives. Measured on both kinds of machine a visitor has: one with Arial's metrics (Windows,
 * macOS, most Linux desktops) and a bare Linux with DejaVu only; never with an installed Noto Sans.
 */

const FONT_DELAY_MS = 3000;
const MAX_SHIFT = 0.01;

const CASES = [
  { path: '/en/', viewport: { width: 1440, height: 900 } },
  { path: '/kk/', viewport: { width: 1440, height: 900 } },
  { path: '/en/', viewport: { width: 412, height: 823 } },
  { path: '/kk/', viewport: { width: 412, height: 823 } },
  { path: '/ru/', viewport: { width: 1440, height: 900 } },
  { path: '/en/present/', viewport: { width: 1920, height: 1080 } },
  { path: '/kk/present/', viewport: { width: 1920, height: 1080 } },
] as const;

/** Loads `path` with every font file held back, and returns the layout shift once the font is in. */
async function shiftWhenFontArrives(page: Page, path: string): Promise<{ shift: number; fontEnd: number; firstPaint: number }> {
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((r) => setTimeout(r, FONT_DELAY_MS));
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.fonts.check('16px "Noto Sans"', 'Әзірбайжан Azərbaycan'));
  // Let the browser lay out and paint with the font before reading the shifts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  return page.evaluate(
    () =>
      new Promise<{ shift: number; fontEnd: number; firstPaint: number }>((resolve) => {
        let shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        const fonts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')) as PerformanceResourceTiming[];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        setTimeout(() => resolve({ shift, fontEnd: Math.min(...fonts.map((f) => f.responseEnd)), firstPaint: paint?.startTime ?? Infinity }), 100);
      }),
  );
}

for (const fontSet of Object.keys(FONT_SETS) as FontSet[]) {
  test.describe(`fonts: ${fontSet}`, () => {
    let browser: Browser;
    test.beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, env: chromiumEnv(fontSet) });
    });
    test.afterAll(async () => {
      await browser.close();
    });

    test('before the font arrives the page is drawn in the metric-matched face of this machine', async ({ baseURL }) => {
      const page = await browser.newPage({ baseURL });
      await page.route(/\.woff2$/, (route) => route.abort());
      await page.goto('/en/');
      const seen = await page.evaluate(async () => {
        // Which fallback faces find their local font on this machine (regular, Latin rule).
        const status: Record<string, string> = {};
        for (const face of document.fonts) {
          if (!/Fallback .* en$/.test(face.family.replace(/["']/g, '')) || face.weight !== '400' || face.unicodeRange !== 'U+0-10FFFF') continue;
          status[face.family.replace(/["']/g, '')] = await face.load().then(
            () => 'loaded',
            () => 'error',
          );
        }
        // The heading's width as drawn (the web font failed) and in each fallback family.
        const ctx = document.createElement('canvas').getContext('2d')!;
        const width = (family: string) => {
          ctx.font = `20px ${family}`;
          return ctx.measureText('Azerbaijan and Kazakhstan, 2024').width;
        };
        const stack = getComputedStyle(document.body).getPropertyValue('--font-sans');
        return { status, page: width(stack), arial: width('"Noto Sans Fallback Arial en"'), dejavu: width('"Noto Sans Fallback DejaVu en"') };
      });
      expect(seen.status).toEqual({ 'Noto Sans Fallback Arial en': fontSet === 'arial' ? 'loaded' : 'error', 'Noto Sans Fallback DejaVu en': 'loaded' });
      expect(seen.arial).not.toBe(seen.dejavu);
      expect(seen.page).toBe(fontSet === 'arial' ? seen.arial : seen.dejavu);
      await page.close();
    });

    for (const { path, viewport } of CASES) {
      test(`${path} at ${viewport.width}x${viewport.height}: nothing moves when the font arrives late`, async ({ baseURL }) => {
        const page = await browser.newPage({ baseURL, viewport });
        const { shift, fontEnd, firstPaint } = await shiftWhenFontArrives(page, path);
        // The font really was late: the page had painted in the fallback before it came.
        expect(fontEnd, "the font came after the first paint").toBeGreaterThan(firstPaint);
        console.log(`cls ${fontSet} ${path} ${viewport.width}x${viewport.height}: ${shift.toFixed(4)} (first paint ${firstPaint.toFixed(0)} ms, font ${fontEnd.toFixed(0)} ms)`);
        expect(shift, `layout shift on ${path} (${fontSet} fallback)`).toBeLessThan(MAX_SHIFT);
        await page.close();
      });
    }
  });
}
