import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { countTradeSegments, translatorFor } from './helpers';
import type { TradeTurnoverView } from '../lib/charts/trade-turnover/view';
import { dataset } from '../lib/dataset';
import { formatObservationValue } from '../lib/observations';
import { buildChartView, findYearBounds, selectChartData } from '../lib/charts/build';
import { SLIDE_IDS } from '../lib/present/deck';
import { MESSAGES } from '../lib/i18n/messages';

const total: number = SLIDE_IDS.length;
const counter = (n: number, of = total) => `Slide ${n} of ${of}`;

/** Waits until the deck is hydrated (keys are handled from then on). */
async function deckReady(page: Page) {
  await expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');
}

test('clicker keys walk through every slide and back, and the URL follows', async ({ page }) => {
  await page.goto('/en/present/');
  await deckReady(page);
  const count = page.getByTestId('slide-counter');
  await expect(count).toHaveText(counter(1));
  for (let i = 1; i < total; i += 1) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(count).toHaveText(counter(i + 1));
    await expect(page.getByTestId(`slide-${SLIDE_IDS[i]}`)).toBeVisible();
    await expect(page.getByTestId(`slide-${SLIDE_IDS[i - 1]}`)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${i + 1}$`));
  }
  await page.keyboard.press('Space');
  await expect(count).toHaveText(counter(total));
  await page.keyboard.press('Home');
  await expect(count).toHaveText(counter(1));
  await page.keyboard.press('End');
  await expect(count).toHaveText(counter(total));
  for (let i = total - 1; i > 0; i -= 1) {
    await page.keyboard.press(i % 2 ? 'PageUp' : 'ArrowLeft');
    await expect(count).toHaveText(counter(i));
  }
  await expect(page.getByTestId('slide-title')).toBeVisible();
  await expect(page).toHaveURL(/\/en\/present\/$/);
});

test('B and . black the screen; the next key brings the same slide back', async ({ page }) => {
  await page.goto('/en/present/?slide=2');
  await deckReady(page);
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(2));
  await page.keyboard.press('.');
  await expect(page.getByTestId('black-screen')).toBeVisible();
});

test('the URL restores the slide and the deck; bad values open the first slide', async ({ page }) => {
  test.setTimeout(60_000); // eight page loads
  await page.goto('/en/present/?slide=3');
  await deckReady(page);
  await expect(page.getByTestId(`slide-${SLIDE_IDS[2]}`)).toBeVisible();
  for (const bad of ['99', '0', 'abc', '-2', '%3Cscript%3E']) {
    await page.goto(`/en/present/?slide=${bad}`);
    await deckReady(page);
    await expect(page.getByTestId('slide-counter')).toHaveText(counter(1));
  }
  await page.goto('/en/present/?deck=route-map,title,nonsense&slide=2');
  await deckReady(page);
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(2, 2));
  await expect(page.getByTestId('slide-title')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-route-map')).toBeVisible();
});

test('slides can be chosen and ordered, and the deck goes into the URL', async ({ page }) => {
  await page.goto('/en/present/');
  await deckReady(page);
  await page.getByRole('button', { name: MESSAGES.en.present.choose }).click();
  const dialog = page.getByTestId('slide-chooser');
  await expect(dialog).toBeVisible();
  const keep = ['title', 'trade-years', 'oil-annual', 'route-map'];
  for (const id of SLIDE_IDS.filter((x) => !keep.includes(x))) {
    await dialog.locator(`li[data-slide="${id}"]`).getByRole('checkbox').first().uncheck();
  }
  // Up past the left-out slides between them ("through the year", the corridor), then past the oil slide.
  for (let i = SLIDE_IDS.indexOf('oil-annual'); i < SLIDE_IDS.indexOf('route-map'); i++) {
    await dialog.getByRole('button', { name: 'Move up: Oil route map' }).click();
  }
  const trade = dialog.locator('li[data-slide="trade-years"]');
  await trade.getByLabel(MESSAGES.en.present.chooser.from).selectOption('2019');
  await trade.getByLabel(MESSAGES.en.present.chooser.to).selectOption('2024');
  await dialog.getByRole('button', { name: MESSAGES.en.present.chooser.apply }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/deck=title,trade-years~2019-2024,route-map,oil-annual$/);
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(1, 4));
  await page.reload();
  await deckReady(page);
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-oil-annual')).toBeVisible();
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(4, 4));
});

test('an old deck link (one slide per chart) opens the slides that replaced each, on the same content', async ({ page }) => {
  await page.goto('/en/present/?deck=title,trade-turnover,investment-flows,timeline&slide=3');
  await deckReady(page);
  const ids = ['title', 'headlines', 'trade-years', 'trade-part-years', 'investment-az-to-kz', 'investment-kz-to-az', 'investment-companies', 'timeline-1', 'timeline-2', 'timeline-3'];
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(5, ids.length));
  await expect(page.getByTestId('slide-investment-az-to-kz')).toBeVisible();
  // Moving on writes the deck in today's ids.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('slide-investment-kz-to-az')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`deck=${ids.join(',')}&slide=6$`));
});

test('a swipe moves to the next slide', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ hasTouch: true, serviceWorkers: 'block', baseURL });
  const page = await context.newPage();
  await page.goto('/en/present/');
  await deckReady(page);
  await page.getByTestId('deck').evaluate((el) => {
    const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
    el.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(600)], changedTouches: [touch(600)], bubbles: true }));
    el.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(300)], bubbles: true }));
  });
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(2));
  await context.close();
});

test('the presenter window shows notes and the audience window follows it', async ({ page, context }) => {
  await page.goto('/en/present/');
  await deckReady(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  await expect(presenter.getByTestId('presenter-current')).toHaveAttribute('data-slide', 'title');
  await expect(presenter.getByTestId('presenter-next')).toHaveAttribute('data-slide', SLIDE_IDS[1]);
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(counter(2));
  await expect(page.getByTestId('slide-counter')).toHaveText(counter(2));
  // And the other way: the audience window's clicker moves the presenter view too.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-current')).toHaveAttribute('data-slide', SLIDE_IDS[2]);
  // The notes carry figures from the dataset, formatted, never typed.
  expect(SLIDE_IDS[2]).toBe('trade-years');
  const kz2024 = dataset.observations.find((o) => o.id === 'trade-turnover-2024-kz')!;
  await expect(presenter.getByTestId('presenter-notes')).toContainText(formatObservationValue(kz2024, 'en', translatorFor('en')));
  await page.keyboard.press('b');
  await expect(presenter.getByRole('button', { name: MESSAGES.en.present.black })).toHaveAttribute('aria-pressed', 'true');
});

test('charts draw on the current slide and its neighbours first; the rest before printing', async ({ page }) => {
  await page.goto('/en/present/?deck=title,trade-years,oil-annual,oil-running');
  await deckReady(page);
  // Slide 1 is the title: the oil chart (two slides away) waits, the trade chart (next) draws.
  const oilFrames = page.getByTestId('slide-oil-annual').locator('[data-plot-frame]');
  expect(await oilFrames.count()).toBeGreaterThan(0);
  await expect(page.getByTestId('slide-trade-years').locator('[data-plot-frame="drawing"] svg.recharts-surface').first()).toBeAttached();
  await expect(page.getByTestId('slide-oil-annual').locator('[data-plot-frame="drawing"]')).toHaveCount(0);
  // One slide on, the oil chart is the next one: it draws.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-oil-annual').locator('[data-plot-frame="waiting"]')).toHaveCount(0);
  // Back on the title slide, what was drawn stays drawn.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('slide-oil-annual').locator('[data-plot-frame="waiting"]')).toHaveCount(0);
  // On a fresh deck, the browser's print (menu) announces itself: every slide then draws.
  await page.goto('/en/present/?deck=title,trade-years,oil-annual,oil-running');
  await deckReady(page);
  await expect(page.getByTestId('slide-oil-annual').locator('[data-plot-frame="drawing"]')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByTestId('slide-oil-annual').locator('[data-plot-frame="waiting"]')).toHaveCount(0);
  for (const frame of await oilFrames.all()) await expect(frame.locator('svg.recharts-surface').first()).toBeAttached();
});

test('print gives one A4 landscape page per slide of the deck, without controls', async ({ page }) => {
  await page.goto('/en/present/?deck=title,trade-years,route-map&slide=2');
  await deckReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: MESSAGES.en.present.deckLabel })).toBeHidden();
  for (const id of ['title', 'trade-years', 'route-map']) await expect(page.getByTestId(`slide-${id}`)).toBeVisible();
  await expect(page.getByTestId('slide-timeline-1')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(3);
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(box && Math.round(Number(box[1]))).toBe(842); // A4 landscape: 842 x 595 pt
  expect(box && Math.round(Number(box[2]))).toBe(595);
});

test('themes: the system setting by default, projector chosen and remembered', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block', baseURL });
  const page = await context.newPage();
  await page.goto('/en/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe('rgb(17, 21, 28)');
  await page.getByTestId('theme-switcher').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.goto('/en/present/');
  await deckReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.goto('/en/present/?theme=dark');
  await deckReady(page);
  expect(await bg()).toBe('rgb(17, 21, 28)');
  await context.close();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('once loaded, the deck and the dashboard keep working with the network cut', async ({ page, context }) => {
    await page.goto('/en/present/');
    await deckReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await deckReady(page);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // A language is cached on its first use (the worker is told by the page): open the Azerbaijani
    // deck once, online, and wait until both languages' pages are in the cache.
    const other = await context.newPage();
    await other.goto('/az/present/');
    await deckReady(other);
    await other.close();
    await expect.poll(() => page.evaluate(async () => Boolean((await caches.match('/en/')) && (await caches.match('/az/present/'))))).toBe(true);
    await context.setOffline(true);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-counter')).toHaveText(counter(2));
    await page.reload();
    await deckReady(page);
    await expect(page.getByTestId('slide-counter')).toHaveText(counter(2));
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.en.home.heading);
    await page.goto('/az/present/?slide=3');
    await deckReady(page);
    await expect(page.getByTestId('slide-counter')).toContainText('3');
    // The map (its code and the basemap) comes from the cache too.
    await page.goto('/en/present/?deck=route-map');
    await deckReady(page);
    await expect(page.getByTestId('slide-route-map').getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    await expect(page.getByTestId('slide-route-map').locator('[data-map-drawing] path').first()).toBeVisible();
    await context.setOffline(false);
  });
});

test('chart slides draw the dashboard charts, with each slide’s own reporters and years', async ({ page }) => {
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  const view = (filter: { range: { from: number; to: number }; reporters: ('AZ' | 'KZ')[] }) =>
    buildChartView('trade-turnover', { data, filter, bounds, locale: 'en', t: translatorFor('en') }) as TradeTurnoverView;
  await page.goto(`/en/present/?slide=${SLIDE_IDS.indexOf('trade-years') + 1}`);
  await deckReady(page);
  const slide = page.getByTestId('slide-trade-years');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText(view({ range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }).title);
  const all = view({ range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] });
  await expect(slide.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle')).toHaveCount(countTradeSegments(all.chart.years));

  await page.goto('/en/present/?deck=title,trade-years~KZ~2019-2024&slide=2');

  await deckReady(page);
  const onlyKz = view({ range: { from: 2019, to: 2024 }, reporters: ['KZ'] });
  await expect(slide.locator('svg.recharts-surface desc').first()).toHaveText(onlyKz.description);
  const kzBars = countTradeSegments(onlyKz.chart.years);
  expect(kzBars).toBeLessThan(countTradeSegments(all.chart.years));
  await expect(slide.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle')).toHaveCount(kzBars);

  for (const id of ['trade-part-years', 'investment-az-to-kz', 'investment-kz-to-az', 'investment-companies', 'oil-annual', 'oil-running', 'corridor-tonnes', 'corridor-teu'] as const) {
    await page.goto(`/en/present/?deck=${id}`);
    await deckReady(page);
    await expect(page.getByTestId(`slide-${id}`).locator('.recharts-surface').first()).toBeVisible();
  }
});

test('the milestones slides show every milestone, in date order, without key instructions', async ({ page }) => {
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  const timeline = buildChartView('timeline', { data, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, bounds, locale: 'en', t: translatorFor('en') });
  if (timeline.id !== 'timeline') throw new Error('not the timeline');
  await page.goto('/en/present/?deck=timeline-1,timeline-2,timeline-3');
  await deckReady(page);
  const shown: string[] = [];
  for (const id of ['timeline-1', 'timeline-2', 'timeline-3']) {
    if (id !== 'timeline-1') await page.keyboard.press('PageDown');
    const slide = page.getByTestId(`slide-${id}`);
    await expect(slide).toBeVisible();
    await expect(slide).not.toContainText(timeline.chart.instructions);
    shown.push(...(await slide.locator('[data-milestone]').evaluateAll((els) => els.map((e) => e.getAttribute('data-milestone')!))));
  }
  expect(shown).toEqual(timeline.chart.markers.map((m) => m.id));
});

test('the controls fit a 1024x768 screen and step out of the way while presenting', async ({ page }) => {
  for (const locale of ['kk', 'ru'] as const) {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`/${locale}/present/?theme=projector`);
    await deckReady(page);
    const toolbar = page.getByRole('navigation', { name: MESSAGES[locale].present.deckLabel });
    for (const control of await toolbar.locator('a, button').all()) {
      const box = (await control.boundingBox())!;
      expect(box.x, await control.innerText()).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await control.innerText()).toBeLessThanOrEqual(1024);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
    }
    await expect(toolbar.getByRole('button', { name: MESSAGES[locale].present.print })).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('download-pptx')).toBeInViewport({ ratio: 1 });
    // Left alone, the controls fade and let clicks through to the slide; a mouse move brings them back.
    await expect(toolbar).toHaveCSS('opacity', '0', { timeout: 6000 });
    await page.mouse.move(500, 300);
    await page.mouse.move(520, 320);
    await expect(toolbar).toHaveCSS('opacity', '1');
    // Keyboard: Tab reaches them even when faded.
    await expect(toolbar).toHaveCSS('opacity', '0', { timeout: 6000 });
    await toolbar.getByRole('link').focus();
    await expect(toolbar).toHaveCSS('opacity', '1');
  }
});

test('the map slide draws the route map at slide size when it is shown: names, legs and volumes, nothing to click', async ({ page }) => {
  await page.goto('/kk/present/?deck=title,route-map');
  await deckReady(page);
  await page.keyboard.press('PageDown');
  const slide = page.getByTestId('slide-route-map');
  await expect(slide.getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 15_000 });
  const drawing = slide.locator('[data-map-drawing]');
  await expect(drawing).toHaveAttribute('aria-label', MESSAGES.kk.map.mapLabel);
  // Every place of the route is named on the map, and every leg is listed with its volumes.
  const t = translatorFor('kk');
  for (const node of dataset.routeNodes) await expect(drawing.locator('text', { hasText: t(`data.places.${node.id}`) }).first()).toBeAttached();
  const legs = slide.getByTestId('slide-route-list').locator('li');
  await expect(legs).toHaveCount(dataset.routeSegments.length);
  for (const s of dataset.routeSegments) await expect(legs.filter({ hasText: t(`data.segments.${s.id}`) })).toHaveCount(1);
  // A slide is not an app: no buttons, no Leaflet, no "select a leg".
  await expect(slide.locator('button, .leaflet-container')).toHaveCount(0);
  await expect(slide).not.toContainText(MESSAGES.kk.map.panel.empty);
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('every slide of the deck is shown, one under another, without the controls that cannot work', async ({ page }) => {
    await page.goto('/en/present/');
    const tops: number[] = [];
    for (const id of SLIDE_IDS) {
      const slide = page.getByTestId(`slide-${id}`);
      await expect(slide).toBeVisible();
      tops.push((await slide.boundingBox())!.y);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(SLIDE_IDS.length);
    await expect(page.getByRole('navigation', { name: MESSAGES.en.present.deckLabel })).toBeHidden();
  });
});
