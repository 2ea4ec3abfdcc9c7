import { chromium } from '@playwright/test';
const base = 'http://localhost:3500';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const only = process.argv[2];
for (const locale of ['kk', 'ru']) {
  for (const [w, h] of [[1440, 900], [390, 844]]) {
    for (const mode of ['sides', 'gap']) {
      if (only && only !== mode) continue;
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await page.goto(`${base}/${locale}/${mode === 'gap' ? '?trade=gap' : ''}#trade-turnover`);
      const card = page.getByTestId('chart-trade-turnover');
      await card.scrollIntoViewIfNeeded();
      const plot = mode === 'gap' ? 'plot-trade-gap' : 'plot-trade-years';
      await card.getByTestId(plot).locator('.recharts-bar-rectangle').first().waitFor({ timeout: 20000 }).catch((e) => console.log('no bars', locale, w, mode, e.message));
      const box = await card.boundingBox();
      const top = await page.evaluate(() => window.scrollY) + box.y;
      let i = 0;
      for (let y = top; y < top + box.height && i < 4; y += h - 60, i++) {
        await page.evaluate((yy) => window.scrollTo(0, yy), y);
        await page.waitForTimeout(700);
        await page.screenshot({ path: `/tmp/trade25_shots/${locale}-${w}-${mode}-${i}.png` });
      }
      await page.close();
    }
  }
}
await browser.close();
