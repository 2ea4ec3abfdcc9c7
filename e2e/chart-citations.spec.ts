import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { download, openExport } from './exportPage';
import { translatorFor } from './helpers';
import { findYearBounds, selectChartData } from '../lib/charts/build';
import { CHART_DEFINITIONS, CHART_IDS } from '../lib/charts/registry';
import type { ChartId } from '../lib/charts/types';
import { dataset } from '../lib/dataset';
import { selectExportRows } from '../lib/export/chartData';
import { formatDate } from '../lib/format';
import type { Locale } from '../lib/i18n/locales';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { dataAsOf } from '../lib/observations';
import { lastUpdatedOf } from '../lib/release/lastUpdated';
import { releaseOf } from '../lib/release/release';

const release = releaseOf(dataset).id;
const data = selectChartData(dataset);
const bounds = findYearBounds(data);

/**
 * A chart's "last updated" date, computed here from data/ another way than the page does: the
 * newest source date among the rows a "plotted" CSV export of the default view holds. The map's
 * comes from lib/release/lastUpdated.ts, which reads its facts from data/route.ts.
 */
function expectedDate(work: ChartId | 'route-map'): string {
  if (work === 'route-map') return lastUpdatedOf('route-map', dataset)!;
  const rows = selectExportRows({ chart: work, data, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, scope: 'plotted', release });
  return dataAsOf(rows.map((r) => ({ published: r.source_published || undefined })))!;
}

const updatedText = (work: ChartId | 'route-map', locale: Locale) => MESSAGES[locale].charts.common.lastUpdated.replace('{date}', formatDate(expectedDate(work), locale, 'long'));
const titleOf = (work: ChartId | 'route-map', locale: Locale) => `${MESSAGES[locale].meta.title}: ${work === 'route-map' ? MESSAGES[locale].map.heading : translatorFor(locale)(CHART_DEFINITIONS[work].titleKey)}`;

test('each chart card and the map state when their figures were last updated, as data/ says', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/`);
    for (const chart of CHART_IDS) await expect(page.getByTestId(`chart-${chart}`).getByTestId('chart-updated'), `${locale} ${chart}`).toHaveText(updatedText(chart, locale));
    await expect(page.locator('#route-map').getByTestId('chart-updated')).toHaveText(updatedText('route-map', locale));
  }
  // The charts do not all share one date (else a wrong chart's date could pass).
  expect(new Set(CHART_IDS.map((c) => expectedDate(c))).size).toBeGreaterThan(1);
});

for (const [work, locale] of [
  ['trade-turnover', 'en'],
  ['timeline', 'kk'],
  ['route-map', 'ru'],
] as const) {
  test(`${locale}: the ${work} Export panel cites the chart, its release, its last update and address; Copy, BibTeX and RIS give it`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/${locale}/`);
    const origin = new URL(page.url()).origin;
    const today = new Date().toISOString().slice(0, 10);
    const panel = await openExport(page, work);
    const box = panel.getByTestId(`citation-${work}`);
    const text = box.getByTestId('citation-text');
    const title = titleOf(work, locale);
    await expect(text).toContainText(title);
    await expect(text).toContainText(`${MESSAGES[locale].cite.publisher}.`);
    await expect(text).toContainText(release);
    await expect(text).toContainText(updatedText(work, locale));
    await expect(text).toContainText(`${origin}/${locale}/#${work}`);
    await expect(text).toContainText(today);
    await expect(panel.getByTestId('export-citation').locator('legend')).toHaveText(MESSAGES[locale].cite.heading);

    const copy = box.getByTestId('citation-copy');
    await expect(copy).toHaveText(MESSAGES[locale].cite.copy);
    await copy.click();
    await expect(box.locator('[aria-live="polite"]')).toHaveText(MESSAGES[locale].cite.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());

    const [bib] = await Promise.all([page.waitForEvent('download'), box.getByTestId('citation-bibtex').click()]);
    expect(bib.suggestedFilename()).toBe(`azkz-${work}-${release}.bib`);
    const bibText = readFileSync((await bib.path())!, 'utf8');
    expect(bibText).toMatch(/^@dataset\{/);
    // Braces keep capitals in BibTeX ("Azerbaijan–{Kazakhstan}"); the words are the same without them.
    const bibWords = bibText.replace(/[{}]/g, '');
    expect(bibWords).toContain(`title = ${title},`);
    expect(bibWords).toContain(`version = ${release},`);
    expect(bibWords).toContain(`url = ${origin}/${locale}/#${work},`);
    expect(bibWords).toContain(`note = ${updatedText(work, locale)},`);
    expect(bibWords).toContain(`urldate = ${today},`);
    const [ris] = await Promise.all([page.waitForEvent('download'), box.getByTestId('citation-ris').click()]);
    expect(ris.suggestedFilename()).toBe(`azkz-${work}-${release}.ris`);
    const risText = readFileSync((await ris.path())!, 'utf8');
    expect(risText).toMatch(/^TY {2}- DATA/m);
    // Whole lines: a value cut over two lines would be joined with a space by the reader.
    expect(risText.split('\n')).toContain(`TI  - ${title}`);
    expect(risText.split('\n')).toContain(`N1  - ${updatedText(work, locale)}`);
    expect(risText).toContain(`ET  - ${release}`);
    expect(risText).toContain(`UR  - ${origin}/${locale}/#${work}`);
  });
}

test('exports say when the chart was last updated: the SVG footer after the source line, every page of the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/ru/');
  const panel = await openExport(page, 'oil-volumes');
  const { bytes } = await download(page, panel.getByTestId('export-svg'));
  // The outlined text's words: each run is a group with an aria-label.
  const words = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('g[role="img"][aria-label]')].map((g) => g.getAttribute('aria-label') ?? '').join(' ').replace(/\s+/g, ' ');
  }, bytes.toString('utf8'));
  expect(words).toContain(updatedText('oil-volumes', 'ru'));

  await page.goto('/en/');
  const pdf = await download(page, page.getByTestId('briefing-button'), 90_000);
  const { execFileSync } = await import('node:child_process');
  const text = execFileSync('pdftotext', [(await pdf.file.path())!, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ');
  for (const work of [...CHART_IDS, 'route-map'] as const) expect(text, work).toContain(updatedText(work, 'en'));
});
