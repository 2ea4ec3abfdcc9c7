import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { dataset } from '../lib/dataset';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { releaseOf } from '../lib/release/release';

const current = releaseOf(dataset).id;

test('every page’s footer names the current data release and links to what changed', async ({ page }) => {
  for (const locale of LOCALES) {
    for (const path of [`/${locale}/`, `/${locale}/sources/`]) {
      await page.goto(path);
      const footer = page.getByTestId('data-release');
      await expect(footer).toContainText(current);
      await expect(footer).toContainText(MESSAGES[locale].footer.release.replace('{release}', current));
      await expect(footer.getByRole('link')).toHaveAttribute('href', `/${locale}/sources/changes/`);
    }
  }
});

test('the changes page lists the current release with its files; the archived CSV downloads and parses', async ({ page, request }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/sources/changes/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES[locale].changes.heading);
    const entry = page.locator(`[data-release="${current}"]`);
    await expect(entry).toHaveAttribute('data-current', 'true');
    await expect(page.locator('[data-release]').first()).toHaveAttribute('data-release', current);
  }
  const csvLink = page.locator(`[data-release="${current}"] a[href$="dataset.csv"]`);
  const res = await request.get((await csvLink.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((r) => r.id)).toEqual(dataset.observations.map((o) => o.id));
  expect(new Set(parsed.data.map((r) => r.release))).toEqual(new Set([current]));
  const json = await (await request.get(`/data/releases/${current}/dataset.json`)).json();
  expect(json.release).toBe(current);
  const index = await (await request.get('/data/releases/index.json')).json();
  expect(index.current).toBe(current);
  expect(index.releases.map((r: { id: string }) => r.id)).toContain(current);
});

test('an unknown release is a 404, not another release', async ({ request }) => {
  expect((await request.get('/data/releases/2000-01-01.000000/dataset.csv')).status()).toBe(404);
});
