import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { download, openExport } from './exportPage';
import { dataset } from '../lib/dataset';
import { buildChartView, findYearBounds, selectChartData } from '../lib/charts/build';
import { CHART_DATA_URL } from '../lib/charts/dataFile';
import { CHART_IDS } from '../lib/charts/registry';
import type { ChartFilter, ChartId } from '../lib/charts/types';
import { EXPORT_COLUMNS, selectExportRows } from '../lib/export/chartData';
import { listExportParts } from '../lib/export/parts';
import { readPngSize } from '../lib/export/svgDocument';
import type { Locale } from '../lib/i18n/locales';
import { releaseOf } from '../lib/release/release';

const RELEASE = releaseOf(dataset).id;

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const everything: ChartFilter = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] };
/** The briefing pack's pages: cover, one page per part of each chart (lib/export/parts.ts), map, sources. */
const CHART_PART_PAGES = (['trade-turnover', 'investment-flows', 'oil-volumes', 'middle-corridor', 'timeline'] as const).reduce((n, id) => n + listExportParts(id, 'pdf').length, 0);
const PDF_PAGES = CHART_PART_PAGES + 3;

function expectedView(id: ChartId, locale: Locale, filter: ChartFilter = everything) {
  return buildChartView(id, { data, filter, bounds, locale, t: translatorFor(locale) });
}

/** Parses SVG text in the page (DOMParser) and reads what the test needs from it. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.nodeName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      // The words of the outlined text: each run is a group with role="img", aria-label and <title>.
      text: [...doc.querySelectorAll('g[role="img"][aria-label]')].map((g) => g.getAttribute('aria-label') ?? '').join(' ').replace(/\s+/g, ' '),
      runsWithoutTitle: [...doc.querySelectorAll('g[role="img"][aria-label]')].filter((g) => g.querySelector(':scope > title')?.textContent !== g.getAttribute('aria-label')).length,
      textElements: doc.querySelectorAll('text').length,
      glyphUses: doc.querySelectorAll('use').length,
      ariaLabel: root.getAttribute('aria-label'),
      style: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
      foreignObjects: doc.querySelectorAll('foreignObject').length,
      externalRefs: [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /href$/.test(a.name) && !a.value.startsWith('#')).map((a) => a.value)),
    };
  }, svg);
}

test.describe('Export menu', () => {
  test('PNG: right name, PNG signature and the requested pixel size (slide 16:9 at 2x, square at 1x)', async ({ page }) => {
    await page.goto('/en/');
    const panel = await openExport(page, 'trade-turnover');
    await panel.getByTestId('export-scale').selectOption('2');
    const { file, bytes } = await download(page, panel.getByTestId('export-png'));
    expect(file.suggestedFilename()).toBe('azkz-trade-years-en-2x.png');
    expect(readPngSize(bytes)).toEqual({ width: 3840, height: 2160 });

    await panel.getByTestId('export-size').selectOption('square');
    await panel.getByTestId('export-scale').selectOption('1');
    await panel.getByTestId('export-background').selectOption('transparent');
    const square = await download(page, panel.getByTestId('export-png'));
    expect(square.file.suggestedFilename()).toBe('azkz-trade-years-en-1x.png');
    expect(readPngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
    // Colour type 6 (RGBA): transparency kept.
    expect(square.bytes[25]).toBe(6);
  });

  test('SVG: parses as XML, holds title, source line and licence as outlined, labelled text; no font needed; nothing external', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('oil-volumes', 'en');
    const panel = await openExport(page, 'oil-volumes');
    const { file, bytes } = await download(page, panel.getByTestId('export-svg'));
    expect(file.suggestedFilename()).toBe('azkz-oil-annual-en.svg');
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.rootName).toBe('svg');
    expect([svg.width, svg.height]).toEqual(['1920', '1080']);
    expect(svg.title).toBe(view.title);
    expect(svg.text).toContain(view.title);
    expect(svg.text).toContain(view.sourceLine.replace(/\s+/g, ' '));
    expect(svg.text).toContain(translatorFor('en')('footer.dataLicence'));
    expect(svg.text).toContain(translatorFor('en')('footer.release', { release: RELEASE }));
    // Text drawn as glyph outlines (lib/export/outlineSvg.ts): no <text>, no fonts to load.
    expect(svg.textElements).toBe(0);
    expect(svg.glyphUses).toBeGreaterThan(500);
    expect(svg.style).not.toContain('@font-face');
    expect(svg.runsWithoutTitle).toBe(0);
    expect(svg.ariaLabel).toBe(view.title);
    expect(svg.foreignObjects).toBe(0);
    expect(svg.externalRefs).toEqual([]);
    expect(bytes.toString('utf8')).not.toContain('var(--');
  });

  test('the first PNG in a language chosen just before the click has all its text (same pixels as the same PNG made again later)', async ({ page }) => {
    await page.goto('/en/');
    const panel = await openExport(page, 'trade-turnover');
    await panel.getByTestId('export-scale').selectOption('1');
    // Kazakh: Cyrillic and Cyrillic-extended fonts the page itself has not used for exports yet.
    await panel.getByTestId('export-language').selectOption('kk');
    const png = await download(page, panel.getByTestId('export-png'));
    // The reference: the same PNG made again once its fonts have long been loaded. (The SVG
    // download is no reference: its text is outlined.)
    await page.waitForTimeout(1000);
    const again = await download(page, panel.getByTestId('export-png'));
    const size = readPngSize(png.bytes)!;
    const compared = await page.evaluate(
      async ({ firstBase64, laterBase64, width, height }) => {
        const draw = async (base64: string) => {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const ctx = canvas.getContext('2d')!;
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          ctx.drawImage(await createImageBitmap(new Blob([bytes], { type: 'image/png' })), 0, 0, width, height);
          return ctx.getImageData(0, 0, width, height).data;
        };
        const exported = await draw(firstBase64);
        const reference = await draw(laterBase64);
        let differ = 0;
        let ink = 0;
        for (let i = 0; i < reference.length; i += 4) {
          if ([0, 1, 2, 3].some((c) => Math.abs(exported[i + c]! - reference[i + c]!) > 64)) differ++;
          if (reference[i]! < 128) ink++;
        }
        return { differ, ink };
      },
      { firstBase64: png.bytes.toString('base64'), laterBase64: again.bytes.toString('base64'), width: size.width, height: size.height },
    );
    // The text alone is tens of thousands of pixels: a PNG drawn before its fonts would differ by that much.
    expect(compared.ink).toBeGreaterThan(10_000);
    expect(compared.differ).toBeLessThan(compared.ink / 100);
  });

  test('the trade card showing the difference between the sides exports that view: offered first, its bars, labels, note and sources in the SVG (kk)', async ({ page }) => {
    await page.goto('/kk/?trade=gap#trade-turnover');
    const gap = expectedView('trade-turnover', 'kk');
    if (gap.id !== 'trade-turnover') throw new Error('trade view');
    expect(gap.chart.gap.rows.length).toBeGreaterThan(0);
    const panel = await openExport(page, 'trade-turnover');
    await expect(panel.getByTestId('export-part')).toHaveValue('trade-gap');
    const { file, bytes } = await download(page, panel.getByTestId('export-svg'));
    expect(file.suggestedFilename()).toBe('azkz-trade-gap-kk.svg');
    await file.saveAs(test.info().outputPath('azkz-trade-gap-kk.svg'));
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    for (const text of [gap.chart.gap.heading, gap.chart.gap.note, gap.chart.gap.sourceLine, ...gap.chart.gap.legend.map((l) => l.label), ...gap.chart.gap.rows.flatMap((r) => [r.label, r.gapLabel])]) {
      expect(svg.text).toContain(norm(text));
    }
    // The footer's address opens the card on the same view.
    expect(svg.text).toContain('/kk/?trade=gap#trade-turnover');
    // The other parts are still there to choose.
    await expect(panel.getByTestId('export-part').locator('option')).toHaveCount(listExportParts('trade-turnover', 'slide-16x9').length);
    // The whole chart as on the screen draws the view the card shows too: the gap, not each side's bars.
    await panel.getByTestId('export-size').selectOption('screen');
    const whole = await download(page, panel.getByTestId('export-svg'));
    expect(whole.file.suggestedFilename()).toBe('azkz-trade-turnover-kk.svg');
    await whole.file.saveAs(test.info().outputPath('azkz-trade-turnover-kk-screen.svg'));
    const screen = await inspectSvg(page, whole.bytes.toString('utf8'));
    for (const text of [gap.chart.gap.heading, ...gap.chart.gap.rows.map((r) => r.gapLabel)]) expect(screen.text).toContain(norm(text));
    expect(screen.text).not.toContain(norm(gap.chart.partYears.heading));
    expect(screen.text).toContain('/kk/?trade=gap#trade-turnover');
  });

  test('plain SVG leaves out header and footer', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('trade-turnover', 'en');
    const panel = await openExport(page, 'trade-turnover');
    await panel.getByTestId('export-plain').check();
    const { bytes } = await download(page, panel.getByTestId('export-svg'));
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.text).not.toContain(view.title);
    expect(svg.text).not.toContain(translatorFor('en')('footer.dataLicence'));
    // The legend is still drawn.
    expect(svg.text).toContain(translatorFor('en')('reportedBy.KZ'));
  });

  for (const chart of ['trade-turnover', 'investment-flows', 'oil-volumes', 'middle-corridor', 'timeline'] as const) {
    test(`CSV of ${chart}: rows equal the dataset's figures for the chart`, async ({ page }) => {
      await page.goto('/en/');
      const panel = await openExport(page, chart);
      const { file, bytes } = await download(page, panel.getByTestId('export-csv'));
      expect(file.suggestedFilename()).toBe(`azkz-${chart}-en.csv`);
      const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
      const expected = selectExportRows({ chart, data, filter: everything, scope: 'plotted', release: RELEASE });
      expect(parsed.data.length).toBe(expected.length);
      expect(parsed.data.length).toBeGreaterThan(0);
      const byId = new Map(dataset.observations.map((o) => [o.id, o]));
      parsed.data.forEach((row, i) => {
        expect(row.id).toBe(expected[i]!.id);
        const o = byId.get(row.id ?? "");
        // The numbers are data/'s own (the timeline's rows are milestones: their value is the date).
        if (o) expect([Number(row.value), row.unit, row.period, row.reporter, row.scope, row.source_id]).toEqual([o.value, o.unit, o.period, o.reporter, o.scope ?? '', o.sourceId]);
        else expect(row.value).toBe(dataset.milestones.find((m) => m.id === row.id)!.date);
      });
    });
  }

  test('CSV follows the view in the address; JSON and the full series too', async ({ page }) => {
    await page.goto(`/en/?reporter=KZ&from=${bounds.max - 3}#trade-turnover`);
    const filter: ChartFilter = { range: { from: bounds.max - 3, to: bounds.max }, reporters: ['KZ'] };
    const panel = await openExport(page, 'trade-turnover');
    const csv = await download(page, panel.getByTestId('export-csv'));
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    const expected = selectExportRows({ chart: 'trade-turnover', data, filter, scope: 'plotted', release: RELEASE });
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows.every((r) => r.reporter === 'KZ')).toBe(true);

    const json = await download(page, panel.getByTestId('export-json'));
    expect(json.file.suggestedFilename()).toBe('azkz-trade-turnover-en.json');
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed.rows).toEqual(expected);
    expect(parsed.title).toBe(expectedView('trade-turnover', 'en', filter).title);

    await panel.getByTestId('export-scope').selectOption('full');
    const full = await download(page, panel.getByTestId('export-json'));
    expect(full.file.suggestedFilename()).toBe('azkz-trade-turnover-full-en.json');
    expect(JSON.parse(full.bytes.toString('utf8')).rows).toEqual(selectExportRows({ chart: 'trade-turnover', data, filter, scope: 'full', release: RELEASE }));
  });

  test('an export in another language carries that language (page stays English)', async ({ page }) => {
    await page.goto('/en/');
    const panel = await openExport(page, 'investment-flows');
    await panel.getByTestId('export-language').selectOption('kk');
    const { file, bytes } = await download(page, panel.getByTestId('export-svg'));
    expect(file.suggestedFilename()).toBe('azkz-investment-kz-to-az-kk.svg');
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    const kk = expectedView('investment-flows', 'kk');
    expect(svg.title).toBe(kk.title);
    // A fixed size shows one part of the chart (lib/export/parts.ts): the first, one direction.
    if (kk.id !== 'investment-flows') throw new Error('not the investment view');
    expect(svg.text).toContain(kk.chart.panels.find((p) => p.direction === 'kzToAz')!.title);
    // Kazakh letters (Cyrillic Extended) are outlined as well.
    expect(svg.text).toMatch(/[әғқңөұүһі]/);
    expect(svg.textElements).toBe(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('chart-investment-flows').locator('h3')).toHaveText(expectedView('investment-flows', 'en').title);

    await panel.getByTestId('export-language').selectOption('az');
    const az = await download(page, panel.getByTestId('export-png'));
    expect(az.file.suggestedFilename()).toBe('azkz-investment-kz-to-az-az-2x.png');
  });

  test('keyboard: Tab reaches the Export button, Enter opens, Tab moves inside, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/en/');
    const menu = page.getByTestId('export-trade-turnover');
    const button = menu.getByTestId('export-button');
    await expect(button).toHaveAccessibleName(`Export or share: ${expectedView('trade-turnover', 'en').title}`);
    // Start from the card's heading area and Tab forward to the button.
    await page.getByTestId('chart-trade-turnover').locator('h3').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await button.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const size = menu.getByTestId('export-size');
    await expect(size).toBeFocused();
    // Next comes the part of the chart a fixed-size image shows, then the resolution.
    await page.keyboard.press('Tab');
    await expect(menu.getByTestId('export-part')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu.getByTestId('export-scale')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu.getByTestId('export-panel')).toHaveCount(0);
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(size).toBeFocused();
    // Operate it from the keyboard: Tab to "Download SVG" and press Enter.
    const svgButton = menu.getByTestId('export-svg');
    for (let i = 0; i < 12 && !(await svgButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(svgButton).toBeFocused();
    const pending = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await pending).suggestedFilename()).toBe('azkz-trade-years-en.svg');
  });

  test('Escape closes the panel after a download, with focus on the control or lost to the page, and returns focus to the Export button', async ({ page }) => {
    await page.goto('/kk/');
    const menu = page.getByTestId('export-oil-volumes');
    const button = menu.getByTestId('export-button');
    // WCAG 2.5.3: the accessible name starts with the visible label (as a word).
    const visible = (await button.textContent())!.trim();
    expect(visible).toBe(translatorFor('kk')('export.button'));
    expect(await button.evaluate((el) => el.getAttribute('aria-label'))).toMatch(new RegExp(`^${visible}(?![\\p{L}])`, 'u'));
    for (const lose of [false, true]) {
      const panel = await openExport(page, 'oil-volumes');
      await download(page, panel.getByTestId('export-svg'));
      await expect(panel.getByTestId('export-svg')).toBeEnabled();
      if (lose) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      else await expect(panel.getByTestId('export-svg')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu.getByTestId('export-panel'), `focus ${lose ? 'lost to the page' : 'on the download button'}`).toHaveCount(0);
      await expect(button).toBeFocused();
    }
  });

  test('an open panel reaching below its card stays on top: its Close button takes the click', async ({ page }) => {
    await page.goto('/ru/');
    for (const subject of ['oil-volumes', 'timeline']) {
      const panel = await openExport(page, subject);
      // A real click: it fails when the next card covers the lower part of the panel.
      await panel.getByTestId('export-close').click({ timeout: 5_000 });
      await expect(page.getByTestId(`export-${subject}`).getByTestId('export-panel')).toHaveCount(0);
    }
  });

  test('every option has a label in the page language (Azerbaijani)', async ({ page }) => {
    await page.goto('/az/');
    const t = translatorFor('az');
    const panel = await openExport(page, 'timeline');
    await expect(panel).toHaveAccessibleName(t('export.panelLabel', { title: expectedView('timeline', 'az').title }));
    for (const [id, key] of [['export-size', 'export.size'], ['export-scale', 'export.scale'], ['export-background', 'export.background'], ['export-language', 'export.language']] as const) {
      await expect(panel.getByTestId(id)).toHaveAccessibleName(t(key));
    }
    await expect(panel.getByTestId('export-png')).toHaveText(t('export.downloadPng'));
    await expect(panel.getByTestId('export-plain')).toHaveAccessibleName(t('export.plain'));
  });

  test('copy link gives the address of the current view, which restores it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/en/?reporter=AZ&from=${bounds.max - 2}`);
    const panel = await openExport(page, 'oil-volumes');
    await panel.getByTestId('export-copy-link').click();
    await expect(panel.getByTestId('export-status')).toHaveText(translatorFor('en')('export.copied'));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}/en/?reporter=AZ&from=${bounds.max - 2}#oil-volumes`);
  });
});

test.describe('map export', () => {
  test('PNG and SVG of the route map: names, size, title, legend and attribution', async ({ page }) => {
    await page.goto('/en/');
    const t = translatorFor('en');
    const panel = await openExport(page, 'route-map');
    await panel.getByTestId('export-size').selectOption('square');
    await panel.getByTestId('export-scale').selectOption('1');
    const png = await download(page, panel.getByTestId('export-png'));
    expect(png.file.suggestedFilename()).toBe('azkz-route-map-en-1x.png');
    expect(readPngSize(png.bytes)).toEqual({ width: 1080, height: 1080 });

    await panel.getByTestId('export-language').selectOption('az');
    const { file, bytes } = await download(page, panel.getByTestId('export-svg'));
    expect(file.suggestedFilename()).toBe('azkz-route-map-az.svg');
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    const az = translatorFor('az');
    expect(svg.parseError).toBeNull();
    expect(svg.title).toBe(az('map.heading'));
    expect(svg.text).toContain(az('map.legend.pipeline'));
    expect(svg.text).toContain(az('map.attribution'));
    expect(svg.text).toContain('Bakı');
    expect(svg.foreignObjects).toBe(0);
    expect(svg.externalRefs).toEqual([]);
    expect(t('map.heading')).not.toBe(az('map.heading'));
  });
});

test.describe('embed', () => {
  test('an embed carries no data records, its view drawn by the server; the data comes only with a filter', async ({ request }) => {
    // A record as serialised (its id field, escaped inside the page's RSC script, or not).
    const has = (text: string, recordId: string) => text.includes(`\\"id\\":\\"${recordId}\\"`) || text.includes(`"id":"${recordId}"`);
    const records = dataset.observations.map((o) => o.id);
    // The detector finds records where they are: the charts' data file a filter loads.
    const file = await (await request.get(CHART_DATA_URL)).text();
    expect(records.filter((r) => has(file, r)).length).toBeGreaterThan(records.length / 2);
    for (const id of CHART_IDS) {
      const html = await (await request.get(`/en/embed/${id}/`)).text();
      expect(records.filter((r) => has(html, r)), `${id}: figure records in the page`).toEqual([]);
      // The timeline's markers are its milestones (their ids key the drawing); no other embed has them.
      expect(dataset.milestones.some((m) => has(html, m.id)), `${id}: milestones`).toBe(id === 'timeline');
    }
  });

  test('a chart alone with its source line and a link back to the same view; framable by other sites', async ({ page }) => {
    const response = await page.goto('/en/embed/trade-turnover/?reporter=KZ');
    expect(response!.headers()['x-frame-options']).toBeUndefined();
    expect(response!.headers()['content-security-policy']).toContain('frame-ancestors *');
    const view = expectedView('trade-turnover', 'en', { range: everything.range, reporters: ['KZ'] });
    // The card's title is the embed's h2 (its panels' headings are h3).
    await expect(page.getByTestId('chart-trade-turnover').getByRole('heading', { level: 2 })).toHaveText(view.title);
    await expect(page.getByTestId('chart-source')).toContainText(view.sourceLine);
    await expect(page.getByTestId('embed-back-link')).toHaveAttribute('href', '/en/?reporter=KZ#trade-turnover');
    await expect(page.locator('.skip-link')).toHaveCount(0);
    await expect(page.getByTestId('charts-toolbar')).toHaveCount(0);
    // Responsive: a narrow iframe gets no horizontal scroll.
    await page.setViewportSize({ width: 360, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the dashboard itself stays unframable; the Export menu offers the iframe snippet', async ({ page, baseURL }) => {
    const response = await page.goto('/en/?from=2020');
    expect(response!.headers()['x-frame-options']).toBe('SAMEORIGIN');
    const panel = await openExport(page, 'oil-volumes');
    await expect(panel.getByTestId('export-embed')).toHaveValue(new RegExp(`^<iframe src="${baseURL}/en/embed/oil-volumes/\\?from=2020" title="`));
  });

  test('the route map embeds too, in every language', async ({ page }) => {
    await page.goto('/kk/embed/route-map/');
    await expect(page.locator('#route-map-heading')).toHaveText(translatorFor('kk')('map.heading'));
    await expect(page.getByTestId('embed-back-link')).toHaveAttribute('href', '/kk/#route-map');
  });
});

test.describe('briefing pack', () => {
  test('one PDF: cover, one page per part of each chart, the map, sources; titles in the chosen language, as text', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/en/');
    await page.getByTestId('briefing-language').selectOption('az');
    // A drawing may be laid out up to three times (see drawFitted in components/export/briefing.ts).
    const { file, bytes } = await download(page, page.getByTestId('briefing-button'), 60_000);
    expect(file.suggestedFilename()).toBe('azkz-briefing-az.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const path = await file.path();
    const { execFileSync } = await import('node:child_process');
    // Cover + the charts' parts + map + sources (poppler-utils' pdfinfo and pdftotext).
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toMatch(new RegExp(`^Pages:\\s+${PDF_PAGES}$`, 'm'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ');
    const az = translatorFor('az');
    for (const id of ['trade-turnover', 'investment-flows', 'oil-volumes', 'middle-corridor', 'timeline'] as const) expect(text).toContain(expectedView(id, 'az').title);
    expect(text).toContain(az('map.heading'));
    expect(text).toContain(az('export.pdf.sourcesHeading'));
    // The cover names the data release.
    expect(text).toContain(az('footer.release', { release: RELEASE }));
    expect(text).toContain(az('export.pdf.page', { page: PDF_PAGES, total: PDF_PAGES }));
    // Azerbaijani letters survive as text (embedded TrueType font).
    expect(text).toMatch(/[əşğ]/);
    // The page itself stays in English.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

/** Words of a PDF with their boxes (pt), per page, as poppler's `pdftotext -bbox` reads them. */
async function readPdfWords(path: string): Promise<{ page: number; text: string; x0: number; y0: number; x1: number; y1: number }[][]> {
  const { execFileSync } = await import('node:child_process');
  const xhtml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return xhtml
    .split(/<page /)
    .slice(1)
    .map((page, i) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: i + 1,
        text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      })),
    );
}

/**
 * poppler's word box is the font's ascent to descent: for Noto Sans (hhea 1069 / -293 per 1000
 * units) 1.362 times the font size. The test checks this ratio on the footer, then reads every
 * word's size from its box.
 */
const NOTO_LINE = 1.362;
/**
 * The smallest text allowed inside a chart's drawing (the pages of the charts' parts): 8 pt, as on
 * the pack's own pages. Each part has its page and writes at 10 px laid out as 10 pt (CHART_TEXT
 * in components/export/briefing.ts), at most 1.2 times smaller when a layout needs more room.
 */
const CHART_DRAWING_MIN_PT = 8;

test.describe('briefing pack: type', () => {
  for (const locale of ['en', 'kk'] as const) {
    test(`${locale}: real arrows and signs, no text under 8 pt, no two words overlapping`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/en/');
      await page.getByTestId('briefing-language').selectOption(locale);
      // The whole pack is built in the page: a few seconds, more on a busy machine.
      const { file } = await download(page, page.getByTestId('briefing-button'), 60_000);
      const path = await file.path();
      const { execFileSync } = await import('node:child_process');
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      // The investment chart's directions (Kazakhstan → Azerbaijan) and the "≤" notes are text.
      expect(text).toContain('→');
      expect(text).not.toContain('›');
      expect(text).not.toMatch(/<=|>=/);
      const pages = await readPdfWords(path);
      expect(pages.length).toBe(PDF_PAGES);
      // The ratio of box height to font size, checked on the page number of every page (set in
      // Noto Sans at one size): equal on each page, and NOTO_LINE times a size of 8 to 10 pt.
      const t = translatorFor(locale);
      const footers = pages.map((words, i) => {
        const last = t('export.pdf.page', { page: i + 1, total: PDF_PAGES }).split(/\s+/).pop()!;
        return words.filter((w) => w.text === last).pop()!;
      });
      const footerHeight = footers[0]!.y1 - footers[0]!.y0;
      for (const f of footers) expect(f.y1 - f.y0).toBeCloseTo(footerHeight, 1);
      expect(footerHeight / NOTO_LINE).toBeGreaterThanOrEqual(8);
      expect(footerHeight / NOTO_LINE).toBeLessThanOrEqual(10);
      // Every word: its size (box height / NOTO_LINE; the arrows' face has the same ascent and descent).
      const chartPages = Array.from({ length: CHART_PART_PAGES }, (_, i) => i + 2);
      const small = pages.flat().filter((w) => (w.y1 - w.y0) / NOTO_LINE < (chartPages.includes(w.page) ? CHART_DRAWING_MIN_PT : 8) - 0.01);
      expect(small.map((w) => `page ${w.page}: "${w.text}" ${((w.y1 - w.y0) / NOTO_LINE).toFixed(1)} pt`)).toEqual([]);
      // No two words overlap on any page, the charts' drawings and the map (its labels, its legend)
      // included, by more than a quarter of a line's box (lines 1.3 apart overlap by their ascent
      // and descent, not their letters). A map label is drawn twice, its white halo under its
      // letters: the same word in the same box.
      const overlaps: string[] = [];
      for (const words of pages) {
        const unique = words.filter((w, i) => !words.slice(0, i).some((v) => v.text === w.text && Math.abs(v.x0 - w.x0) < 0.5 && Math.abs(v.y0 - w.y0) < 0.5));
        unique.forEach((a, i) =>
          unique.slice(i + 1).forEach((b) => {
            const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            if (w > 1 && h > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) overlaps.push(`page ${a.page}: "${a.text}" / "${b.text}" (${w.toFixed(1)} x ${h.toFixed(1)} pt)`);
          }),
        );
      }
      expect(overlaps).toEqual([]);
      // Every word is drawn in ink: somewhere in its box a pixel is dark (the page rendered by
      // poppler at 72 dpi, 1 px = 1 pt). A halo stroked over its letters (svg2pdf ignores
      // `paint-order`) left the value labels white on white.
      const { mkdtempSync, readFileSync: readBytes, readdirSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = mkdtempSync(join(tmpdir(), 'pack-'));
      execFileSync('pdftoppm', ['-gray', '-r', '72', path, join(dir, 'p')], { stdio: 'ignore' });
      const rasters = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
      expect(rasters.length).toBe(PDF_PAGES);
      const blank: string[] = [];
      rasters.forEach((file, i) => {
        const bytes = readBytes(join(dir, file));
        const header = bytes.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
        const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
        // Words with a letter or digit: a lone "·" is a dot too small to be dark at 72 dpi.
        for (const w of pages[i]!.filter((x) => /[\p{L}\p{N}]/u.test(x.text))) {
          let darkest = 255;
          for (let y = Math.max(0, Math.floor(w.y0)); y < Math.min(height, Math.ceil(w.y1)); y++) {
            for (let x = Math.max(0, Math.floor(w.x0)); x < Math.min(width, Math.ceil(w.x1)); x++) darkest = Math.min(darkest, bytes[offset + y * width + x]!);
          }
          if (darkest > 160) blank.push(`page ${i + 1}: "${w.text}" (darkest ${darkest})`);
        }
      });
      expect(blank).toEqual([]);
    });
  }
});
