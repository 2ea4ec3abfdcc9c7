import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { dataset } from '../lib/dataset';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { releaseOf } from '../lib/release/release';
import { readArchivedReleases } from '../lib/release/archive';
import { compareReleases } from '../lib/release/changes';
import { formatObservationValue } from '../lib/observations';
import { translatorFor } from './helpers';

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

test('the sources page gives a citation to copy, and BibTeX and RIS files naming the release', async ({ page }) => {
  await page.goto('/kk/sources/');
  const box = page.getByTestId('citation-dataset');
  const today = new Date().toISOString().slice(0, 10);
  const origin = new URL(page.url()).origin;
  await expect(box.getByTestId('citation-text')).toContainText(`${origin}/kk/sources/`);
  await expect(box.getByTestId('citation-text')).toContainText(today);
  await expect(box.getByTestId('citation-text')).toContainText(current);
  await expect(box.getByTestId('citation-text')).toContainText(MESSAGES.kk.cite.publisher);
  const [bib] = await Promise.all([page.waitForEvent('download'), box.getByTestId('citation-bibtex').click()]);
  expect(bib.suggestedFilename()).toBe(`azkz-dataset-${current}.bib`);
  const bibText = readFileSync((await bib.path())!, 'utf8');
  expect(bibText).toMatch(/^@dataset\{/);
  expect(bibText).toContain(`version = {${current}}`);
  expect(bibText).toContain(`url = {${origin}/kk/sources/}`);
  expect(bibText).toContain(MESSAGES.kk.meta.title);
  expect(bibText).toContain(`urldate = {${today}}`);
  const [ris] = await Promise.all([page.waitForEvent('download'), box.getByTestId('citation-ris').click()]);
  const risText = readFileSync((await ris.path())!, 'utf8');
  expect(risText).toMatch(/^TY {2}- DATA/m);
  expect(risText).toContain(`ET  - ${current}`);
  expect(risText).toMatch(/^ER {2}- ?$/m);
});

test('the changes page lists, under the current release, the figures added since the one before, with their values', async ({ page }) => {
  const archived = readArchivedReleases();
  expect(archived.length, 'at least two releases are archived').toBeGreaterThanOrEqual(2);
  const [before, now] = archived.slice(-2);
  expect(now!.release.id).toBe(current);
  const changes = compareReleases(before!.data, now!.data);
  expect(changes.added.length + changes.revised.length + changes.removed.length, 'the two latest releases differ').toBeGreaterThan(0);
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/sources/changes/`);
    const entry = page.locator(`[data-release="${current}"]`);
    const added = entry.locator('[data-change="added"] li');
    await expect(added).toHaveCount(changes.added.length);
    // Each value as the page writes it in that language (tonnes as Mt/kt, qualifiers, units).
    const t = translatorFor(locale);
    for (const f of changes.added) await expect(entry.locator('[data-change="added"]')).toContainText(formatObservationValue(f.observation, locale, t));
    await expect(entry.locator('[data-change="revised"] li')).toHaveCount(changes.revised.length);
    await expect(entry.locator('[data-change="removed"] li')).toHaveCount(changes.removed.length);
    // The release before is listed too, with its own files.
    await expect(page.locator(`[data-release="${before!.release.id}"] a[href$="dataset.csv"]`)).toHaveAttribute('href', `/data/releases/${before!.release.id}/dataset.csv`);
  }
});
