import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { SLIDE_IDS } from '../lib/present/deck';
import { MESSAGES } from '../lib/i18n/messages';
import { deploy, makeNextBuild, serveDir } from './support/newBuild';

/**
 * A deploy while pages are open (issue 15). Build A (out/, copied) is served on its own port; a
 * dashboard, a deck and its presenter view are opened and the service worker caches English;
 * then build B (one figure changed, every hashed file renamed: see support/newBuild.ts) replaces
 * A on the server. The open pages still draw charts and the map with A's files, online and
 * offline, before and after the dashboard's reader accepts the update; the notice shows on the
 * dashboard and the presenter view, never on the audience's screen; a reload shows B's figure.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const FIGURE = { was: 'USD 533.4 million', now: 'USD 535.9 million' };
const KZ_TRADE = '[data-testid="headline-trade"] [data-reporter="KZ"] a';

test.describe.configure({ mode: 'serial' });

let dir = '';
let served = '';
let server: { origin: string; stop: () => void } | undefined;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'azkz-update-'));
  served = join(dir, 'site');
  mkdirSync(served);
  deploy(join(process.cwd(), 'out'), served);
});

test.afterAll(() => {
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const deckReady = (page: Page) => expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');

async function goToSlide(page: Page, id: (typeof SLIDE_IDS)[number]) {
  const counter = page.getByTestId('slide-counter');
  const target = SLIDE_IDS.indexOf(id) + 1;
  for (;;) {
    const now = Number(/\d+/.exec((await counter.textContent()) ?? '')?.[0]);
    if (now === target) break;
    await page.keyboard.press(now < target ? 'ArrowRight' : 'ArrowLeft');
    await expect(counter).not.toHaveText(new RegExp(`^\\D*${now}\\D`));
  }
}

test('a deploy never breaks an open page; the dashboard and the presenter view offer the new version', async ({ browser }) => {
  test.setTimeout(180_000);
  server = await serveDir(served, PORT);
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'allow', baseURL: server.origin, viewport: { width: 1440, height: 900 } });
  const csp: string[] = [];
  const failed: string[] = [];
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) csp.push(msg.text());
  });
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  const t = MESSAGES.en.update;

  // Build A: the dashboard, then the deck and its presenter view; English cached ahead.
  const dashboard = await context.newPage();
  await dashboard.goto('/en/');
  await controlled(dashboard);
  await expect(dashboard.locator(KZ_TRADE)).toHaveText(FIGURE.was);
  await expect.poll(() => dashboard.evaluate(async () => Boolean(await caches.match('/en/present/'))), { timeout: 60_000 }).toBe(true);
  const deck = await context.newPage();
  await deck.goto('/en/present/');
  await deckReady(deck);
  const presenter = await context.newPage();
  await presenter.goto('/en/present/?view=presenter');
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  const versionA = await dashboard.evaluate(async () => (await caches.keys()).filter((k) => k !== 'azkz-meta'));
  expect(versionA).toHaveLength(1);

  // Build B replaces A on the server; the open pages look for an update (as they do hourly and
  // when their tab comes back into view).
  makeNextBuild(join(process.cwd(), 'out'), join(dir, 'b'), FIGURE);
  deploy(join(dir, 'b'), served);
  // Only the worker's caches may supply A's files from now on: the browser's HTTP cache (where
  // immutable chunks would otherwise linger) is no guarantee, it evicts.
  await (await context.newCDPSession(dashboard)).send('Network.clearBrowserCache');
  for (const page of [dashboard, presenter, deck]) await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(dashboard.getByTestId('update-notice')).toContainText(t.message, { timeout: 60_000 });
  await expect(presenter.getByTestId('update-notice')).toBeVisible();
  // The new worker waits: the old one still controls every page.
  expect(await deck.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

  // Online, with A's files gone from the server: the deck draws chart slides it had not drawn yet,
  // and the dashboard its charts and the map further down.
  await goToSlide(deck, 'oil-annual');
  await expect(deck.getByTestId('slide-oil-annual').locator('.recharts-surface').first()).toBeVisible();
  await dashboard.getByTestId('chart-route-map').scrollIntoViewIfNeeded();
  await expect(dashboard.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(dashboard.locator('.leaflet-container path').first()).toBeVisible();
  await dashboard.getByTestId('chart-oil-volumes').scrollIntoViewIfNeeded();
  await expect(dashboard.getByTestId('chart-oil-volumes').locator('.recharts-surface').first()).toBeVisible();
  await expect(deck.getByTestId('update-notice')).toHaveCount(0);

  // The dashboard's reader accepts: B takes over, the dashboard reloads with B's figure; the deck
  // is left as it is (no reload, no notice) and keeps A's files through B's worker.
  const deckUrl = deck.url();
  await Promise.all([dashboard.waitForEvent('load'), dashboard.getByRole('button', { name: t.reload }).click()]);
  await expect(dashboard.locator(KZ_TRADE)).toHaveText(FIGURE.now);
  await expect(dashboard.getByTestId('update-notice')).toHaveCount(0);
  expect(deck.url()).toBe(deckUrl);
  await expect(deck.getByTestId('update-notice')).toHaveCount(0);
  await expect(presenter.getByTestId('update-notice')).toBeVisible();

  // Offline: the deck (still build A) draws the map and the milestones with A's cached files.
  await context.setOffline(true);
  await goToSlide(deck, 'route-map');
  await expect(deck.getByTestId('slide-route-map').getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(deck.getByTestId('slide-route-map').locator('[data-map-drawing] path').first()).toBeVisible();
  await goToSlide(deck, 'investment-companies');
  await expect(deck.getByTestId('slide-investment-companies').locator('.recharts-surface').first()).toBeVisible();
  // A reload, offline, shows B from B's cache.
  await deck.reload();
  await deckReady(deck);
  await dashboard.reload();
  await expect(dashboard.locator(KZ_TRADE)).toHaveText(FIGURE.now);
  // A filtered view is built in the browser from the charts' data and words, cached ahead.
  await dashboard.goto('/en/?reporter=KZ&view=table#trade-turnover');
  await expect(dashboard.getByTestId('chart-trade-turnover').getByTestId('chart-filter-note')).toBeVisible();
  await expect(dashboard.getByTestId('chart-trade-turnover').getByTestId('chart-tables')).toHaveAttribute('data-visible', 'true');
  await context.setOffline(false);

  // Dismissed, the notice goes away. Once no page of A is open, A's cache is deleted.
  await presenter.getByRole('button', { name: t.dismiss }).click();
  await expect(presenter.getByTestId('update-notice')).toHaveCount(0);
  await presenter.close();
  await dashboard.goto('/en/sources/');
  await expect.poll(() => dashboard.evaluate(async () => (await caches.keys()).filter((k) => k !== 'azkz-meta')), { timeout: 20_000 }).not.toContain(versionA[0]);

  expect(csp).toEqual([]);
  expect(failed.filter((f) => !/ERR_INTERNET_DISCONNECTED|ERR_ABORTED/.test(f))).toEqual([]);
  await context.close();
});

test('with Save-Data, nothing is cached ahead: only what pages load', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL });
  await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const page = await context.newPage();
  await page.goto('/en/');
  await controlled(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toMatch(/\/sw\.js\?save-data=1$/);
  await page.goto('/en/sources/');
  // What this page loaded is cached (it works offline); the deck, its chunks and the basemap,
  // which a visit without Save-Data caches ahead (see the test above), are not.
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/en/sources/')))).toBe(true);
  await page.waitForTimeout(2000);
  const cached = await page.evaluate(async () => Promise.all(['/en/present/', '/geo/basemap.json', '/export/i18n/en.json'].map(async (u) => Boolean(await caches.match(u)))));
  expect(cached).toEqual([false, false, false]);
  await context.close();
});
