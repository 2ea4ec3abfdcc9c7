// Takes review screenshots of the served build (npm run serve on PORT, default 3000) at desktop,
// phone and projector sizes into screenshots/ (git-ignored). Usage:
//   node scripts/screenshots.mjs [path ...]   e.g. node scripts/screenshots.mjs /en/ /az/sources/
// A path with an anchor (/en/#route-map) is shot scrolled to that element, once whatever loads on
// approach has finished (the map: data-status="ready").
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = `http://localhost:${process.env.PORT || 3000}`;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/en/', '/az/', '/en/sources/'];
const sizes = { desktop: [1440, 900], phone: [390, 844], projector: [1920, 1080] };
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const path of paths) {
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const anchor = new URL(base + path).hash;
    if (anchor) {
      await page.locator(anchor).scrollIntoViewIfNeeded();
      await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), anchor);
      await page.locator(`${anchor} [data-status]`).first().waitFor({ state: 'attached' }).catch(() => {});
      await page.waitForFunction((sel) => !document.querySelector(`${sel} [data-status="loading"], ${sel} [data-status="waiting"]`), anchor, { timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(300);
    }
    const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
