import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { dataset } from '../lib/dataset';
import { buildHeadlineCards, selectHeadlines } from '../lib/headlines';
import { CSV_COLUMNS } from '../lib/datasetExport';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';

for (const locale of LOCALES) {
  test(`dashboard in ${locale}: heading, language and every headline figure as the data says`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES[locale].home.heading);
    const cards = buildHeadlineCards(selectHeadlines(dataset.observations), dataset.sources, locale, translatorFor(locale));
    expect(cards.map((c) => c.id)).toEqual(['trade', 'investKzAz', 'investAzKz', 'companies', 'oil', 'documents']);
    for (const card of cards) {
      const el = page.getByTestId(`headline-${card.id}`);
      await expect(el.getByRole('heading', { level: 3 })).toHaveText(card.title);
      for (const f of card.figures) {
        const fig = el.locator(`[data-observation="${f.observationId}"]`);
        await expect(fig.getByRole('link')).toHaveText(f.value);
        await expect(fig).toContainText(f.period);
        await expect(fig).toContainText(f.reporterLabel);
      }
    }
    // Both reporters' trade figures are on the card, each labelled with its side.
    const trade = cards.find((c) => c.id === 'trade')!;
    expect(trade.figures.map((f) => f.reporter).sort()).toEqual(['AZ', 'KZ']);
  });
}

test('numbers follow the language: 598,47 in az/ru/kk and 598.47 in en on the sources page', async ({ page }) => {
  const seedTrade = dataset.observations.find((o) => o.indicator === 'trade.turnover' && o.value === 598.47);
  expect(seedTrade, 'the article’s 598.47 is in the dataset').toBeDefined();
  for (const [locale, text] of [['en', '598.47'], ['az', '598,47'], ['ru', '598,47'], ['kk', '598,47']] as const) {
    await page.goto(`/${locale}/sources/`);
    await expect(page.locator(`tr[data-observation="${seedTrade!.id}"]`)).toContainText(text);
  }
});

test('a headline figure shows its source on keyboard focus and links to it', async ({ page }) => {
  await page.goto('/en/');
  const first = page.getByTestId('headline-trade').getByRole('link').first();
  const tip = page.getByTestId('headline-trade').getByRole('tooltip').first();
  await expect(tip).toBeHidden();
  await first.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Source:');
  await first.press('Enter');
  await expect(page).toHaveURL(/\/en\/sources\/#[a-z0-9-.]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.getByTestId(`source-${id}`)).toBeVisible();
});

test('the dashboard never scrolls sideways, nor does a headline source tip leave the window, in every language and size', async ({ page }) => {
  // 16 page loads and a focus on each headline figure: more than the default 30 s on a busy CI machine.
  test.setTimeout(120_000);
  for (const [width, height] of [[1440, 900], [390, 844], [1920, 1080], [1024, 768]] as const) {
    await page.setViewportSize({ width, height });
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/`);
      const where = `/${locale}/ at ${width}x${height}`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
      // Each card's tip, shown by focus, stays inside the window.
      const links = page.locator('[data-testid^="headline-"] a[aria-describedby]');
      for (let i = 0; i < (await links.count()); i++) {
        const link = links.nth(i);
        await link.focus();
        const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
        await expect(tip).toBeVisible();
        const box = (await tip.boundingBox())!;
        expect(box.x, `${where}: tip ${i} left edge`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${where}: tip ${i} right edge`).toBeLessThanOrEqual(width);
      }
    }
  }
});

test('sources page lists every source that backs a figure, with all its figures', async ({ page }) => {
  await page.goto('/en/sources/');
  const cited = new Set(dataset.observations.map((o) => o.sourceId));
  for (const id of cited) {
    const rows = dataset.observations.filter((o) => o.sourceId === id).length;
    await expect(page.getByTestId(`source-${id}`).locator('tbody tr')).toHaveCount(rows);
  }
  await expect(page.locator('[data-testid="source-list"] tbody tr')).toHaveCount(dataset.observations.length);
});

test('dataset.csv and dataset.json are served and equal the data', async ({ request }) => {
  const csvRes = await request.get('/data/dataset.csv');
  expect(csvRes.ok()).toBe(true);
  const text = (await csvRes.text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  expect(parsed.data.length).toBe(dataset.observations.length);
  for (const [i, o] of dataset.observations.entries()) {
    const row = parsed.data[i]!;
    expect([row.id, Number(row.value), row.unit, row.period, row.reporter, row.source_id]).toEqual([o.id, o.value, o.unit, o.period, o.reporter, o.sourceId]);
  }
  const json = await (await request.get('/data/dataset.json')).json();
  expect(json.observations).toEqual(dataset.observations);
  expect(json.sources).toHaveLength(dataset.sources.length);
});

test.describe('the root address picks the browser language', () => {
  test.use({ locale: 'ru-RU' });
  test('a Russian browser lands on /ru/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ru.home.heading);
  });
});

test.describe('the root address falls back to English', () => {
  test.use({ locale: 'fr-FR' });
  test('a French browser lands on /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the root address offers plain links to the four languages', async ({ page }) => {
    await page.goto('/');
    for (const l of LOCALES) await expect(page.locator(`a[href="/${l}/"]`)).toBeVisible();
    await page.locator('a[href="/kk/"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.kk.home.heading);
  });
  test('the headline figures are in the served HTML', async ({ page }) => {
    await page.goto('/az/');
    await expect(page.getByTestId('headline-trade').getByRole('link')).toHaveCount(2);
  });
});

test('the language switcher keeps the page and switches the language', async ({ page }) => {
  await page.goto('/en/sources/');
  await page.getByRole('navigation', { name: MESSAGES.en.nav.language }).getByRole('link', { name: 'Azərbaycanca' }).click();
  await expect(page).toHaveURL(/\/az\/sources\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.az.sources.heading);
});

for (const [path, locale] of [
  ['/fr/', 'en'],
  ['/az/no-such-page/', 'az'],
  ['/kk/sources/nothing/', 'kk'],
  ['/ru/x?y=1', 'ru'],
] as const) {
  test(`unknown address ${path} gives a 404 page in ${locale}`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toHaveAttribute('data-locale', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES[locale].notFound.title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}

test('unknown or hostile search params are ignored and never echoed', async ({ page }) => {
  const payload = '<script id="injected">window.__pwned=1</script><img id="injected-img" src=x onerror="window.__pwned=1">';
  await page.goto(`/en/?foo=${encodeURIComponent(payload)}&bar=%E0%A4%A&${'x'.repeat(2000)}=1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.en.home.heading);
  await expect(page.locator('#injected, #injected-img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the typeface is self-hosted, small, and draws every letter each page shows', async ({ page }) => {
  const fonts = new Map<string, number>();
  page.on('response', async (r) => {
    if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.set(new URL(r.url()).pathname, (await r.body()).length);
  });
  for (const path of ['/az/', '/kk/', '/ru/', '/en/', '/kk/sources/']) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    // A character Noto Sans (as cut by scripts/build-fonts.ts) lacks falls back to the next font
    // in the list: measured once with monospace and once with serif behind it, its width differs.
    const fallbacks = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const width = (ch: string, font: string) => {
        ctx.font = font;
        return ctx.measureText(ch).width;
      };
      const chars = [...new Set(document.body.innerText)].filter((ch) => ch.trim() !== '');
      return chars.filter((ch) => width(ch, '20px "Noto Sans", monospace') !== width(ch, '20px "Noto Sans", serif'));
    });
    // The three arrows and "≤" are not in Noto Sans at all (the system font draws them).
    expect(fallbacks.filter((ch) => !'←→≤'.includes(ch)), `${path}: characters drawn in a fallback font`).toEqual([]);
  }
  // One file per weight, same-origin, each a fraction of the @fontsource subsets it replaced.
  expect([...fonts.keys()].length).toBe(2);
  for (const [url, bytes] of fonts) {
    expect(url.startsWith('/_next/static/')).toBe(true);
    expect(bytes, url).toBeLessThan(30 * 1024);
  }
});

test('every page carries a CSP that forbids other origins and unhashed inline scripts', async ({ page, request, cspViolations }) => {
  // Read the served HTML (navigating to / would race with its redirect to a language).
  for (const path of ['/', '/en/', '/kk/sources/', '/en/present/']) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  }
  // An injected inline script is refused by the policy (and reported as a violation).
  await page.goto('/en/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__cspBypass = 1';
    document.head.appendChild(s);
    return (window as unknown as { __cspBypass?: number }).__cspBypass;
  });
  expect(ran).toBeUndefined();
  await expect.poll(() => cspViolations.length).toBe(1);
  cspViolations.length = 0; // the one violation this test provoked on purpose
});
