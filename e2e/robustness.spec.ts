import type { Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { dataset } from '../lib/dataset';
import { buildChartView, findYearBounds, selectChartData } from '../lib/charts/build';
import { CHART_IDS } from '../lib/charts/registry';
import type { ChartId } from '../lib/charts/types';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { SLIDE_IDS } from '../lib/present/deck';

/**
 * Hostile addresses: every route and every parameter the app reads (and a few it does not) get
 * markup, script URLs, absurd numbers, unknown ids, malformed percent-encoding, 10 KB values,
 * repeated parameters and bidi overrides. Each page must answer with a static server's status,
 * render its defaults, throw nothing, log no error, inject nothing and echo nothing back (text,
 * attributes, form values: links, the copy-link address, the iframe snippet).
 */

const data = selectChartData(dataset);
const bounds = findYearBounds(data);

/** Every parameter read by some page (`theme` by public/theme-init.js), and some nobody reads. */
const PARAMS = ['reporter', 'from', 'to', 'view', 'trade', 'deck', 'slide', 'theme', 'chart', 'lang', 'q'] as const;

/** Text that must never show up anywhere in a page (raw, or percent-decoded in an attribute). */
const MARKERS = ['pwned', 'onerror', 'onload', 'javascript:', '<script', '<img', '<svg', '\u202e', 'nope', '../', '1e308', '999999999999999999'];
/** Numbers gone wrong, in visible text. */
const BROKEN_NUMBER = /\b(NaN|Infinity|undefined)\b/;

/** A bad value: written into the address percent-encoded, or as it is (`raw`) to stay malformed. */
interface Hostile {
  value: string;
  raw?: boolean;
}

const HOSTILE: Hostile[] = [
  { value: '<script>window.__pwned=1</script>' },
  { value: '"><img src=x onerror="window.__pwned=1">' },
  { value: "'><svg onload=window.__pwned=1>" },
  { value: 'javascript:alert(1)//pwned' },
  { value: '1e308' },
  { value: '99999999999999999999' },
  { value: '-2019' },
  { value: 'NaN' },
  { value: 'Infinity' },
  { value: '-1' },
  { value: '1e9' },
  { value: 'nope,../../x' },
  { value: '\u202Epwned\u202C' },
  { value: '%E0%A4%A', raw: true },
  { value: '%', raw: true },
  { value: '%00pwned', raw: true },
];

const inQuery = (h: Hostile) => (h.raw ? h.value : encodeURIComponent(h.value));
const inHash = (h: Hostile) => (h.raw ? h.value : encodeURI(h.value));
const pick = (i: number) => HOSTILE[i % HOSTILE.length]!;

/**
 * Hostile addresses for one route, each a query string and hash. In the rotation rounds every
 * parameter gets a different bad value (so each is parsed on its own), and `offset` shifts the
 * pairing from route to route; then a 10 KB query string (1 KB in each parameter) and one with
 * every parameter repeated (single-valued ones must then fall back to their default).
 */
function hostileSearches(offset: number, rounds = 4): { name: string; search: string }[] {
  const out: { name: string; search: string }[] = [];
  for (let r = 0; r < rounds; r++) {
    const at = (j: number) => pick(offset + r * PARAMS.length + j);
    out.push({ name: `rotation ${r + 1}`, search: `?${PARAMS.map((p, j) => `${p}=${inQuery(at(j))}`).join('&')}#${inHash(at(PARAMS.length))}` });
  }
  const oneKb = 'pwned'.repeat(205);
  out.push({ name: '10 KB query string', search: `?${PARAMS.map((p) => `${p}=${oneKb}`).join('&')}#${oneKb}` });
  const twice = PARAMS.flatMap((p, j) => [`${p}=${inQuery(pick(offset + j))}`, `${p}=${inQuery(pick(offset + j + 5))}`]);
  out.push({ name: 'repeated parameters', search: `?${twice.join('&')}#${inHash(pick(offset + 3))}` });
  return out;
}

/** Records what must not happen while a page is open: errors, dialogs. */
function watch(page: Page) {
  const problems: string[] = [];
  let expectedFailure: string | null = null;
  const pathOf = (url: string) => {
    try {
      return new URL(url, 'http://localhost').pathname;
    } catch {
      return url;
    }
  };
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The browser logs the failed main document of an expected 404/400 itself.
    if (expectedFailure && pathOf(msg.location().url) === pathOf(expectedFailure) && /status of 40[04]/.test(msg.text())) return;
    problems.push(`console.error: ${msg.text().slice(0, 300)}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return {
    problems,
    expectFailureOf(url: string | null) {
      expectedFailure = url;
    },
  };
}

/**
 * A trap for injected script (it would set window.__pwned) and a count of React commits, to know
 * when the page has hydrated and settled (the React DevTools hook is called on every commit, also
 * in production builds).
 */
async function installTraps(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    let pwned: unknown;
    Object.defineProperty(w, '__pwned', {
      get: () => pwned,
      set: (v) => {
        pwned = v;
        w.__pwnedSet = true;
      },
    });
    w.__commits = 0;
    w.__lastCommit = 0;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: () => {
        w.__commits = (w.__commits as number) + 1;
        w.__lastCommit = performance.now();
      },
    };
  });
}

/** Waits until React has hydrated the page and nothing has re-rendered for a moment. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const w = window as unknown as { __commits: number; __lastCommit: number };
    return w.__commits > 0 && performance.now() - w.__lastCommit > 120;
  });
}

/** Everything a reader or a copy could carry out of the page: text, attributes, form values. */
async function findEchoes(page: Page): Promise<string[]> {
  return page.evaluate(([markers, broken]) => {
    const found: string[] = [];
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const check = (where: string, text: string) => {
      const lower = `${text}\n${decode(text)}`.toLowerCase();
      for (const m of markers) if (lower.includes(m)) found.push(`${where} contains ${JSON.stringify(m)}: ${text.slice(0, 120)}`);
    };
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName}> has event attribute ${attr.name}`);
        check(`<${el.localName} ${attr.name}>`, attr.value);
      }
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) check(`<${el.localName}> value`, el.value);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent === 'script' || parent === 'style') continue;
      check('text', node.textContent ?? '');
      if (new RegExp(broken).test(node.textContent ?? '')) found.push(`text shows a broken number: ${node.textContent}`);
    }
    check('title', document.title);
    if (document.querySelector('img[src="x"]')) found.push('injected <img src=x>');
    if ((window as unknown as { __pwnedSet?: boolean }).__pwnedSet) found.push('window.__pwned was set');
    return found;
  }, [MARKERS, BROKEN_NUMBER.source] as const);
}

/** Opens a page with a hostile address and runs the common checks; returns the response. */
async function visit(page: Page, watcher: ReturnType<typeof watch>, url: string, what: string, status = 200): Promise<Response> {
  watcher.expectFailureOf(status === 200 ? null : url);
  const response = await page.goto(url);
  expect(response, what).not.toBeNull();
  expect(response!.status(), what).toBe(status);
  await settled(page);
  return response!;
}

async function expectClean(page: Page, watcher: ReturnType<typeof watch>, what: string) {
  expect(await findEchoes(page), what).toEqual([]);
  expect(watcher.problems, what).toEqual([]);
}

const localeOf = (i: number): Locale => LOCALES[i % LOCALES.length]!;
const defaultTitle = (id: ChartId, locale: Locale) =>
  buildChartView(id, { data, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, bounds, locale, t: translatorFor(locale) }).title;

test.describe.configure({ mode: 'parallel' });
test.beforeEach(async ({ page }) => installTraps(page));

test('dashboard: hostile parameters and hash leave the default view, links, copy link and snippet clean', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const watcher = watch(page);
  for (const [i, { name, search }] of hostileSearches(0).entries()) {
    const locale = localeOf(i);
    const t = translatorFor(locale);
    const what = `/${locale}/ with ${name}`;
    await visit(page, watcher, `/${locale}/${search}`, what);
    await expect(page.getByRole('heading', { level: 1 }), what).toHaveText(t('home.heading'));
    for (const id of CHART_IDS) await expect(page.getByTestId(`chart-${id}`).locator('h3'), what).toHaveText(defaultTitle(id, locale));
    await expect(page.getByTestId('chart-filter-note'), what).toHaveCount(0);
    const toolbar = page.getByTestId('charts-toolbar');
    await expect(toolbar.locator('input[name="reporter"]:checked'), what).toHaveCount(2);
    await expect(toolbar.locator('select[name="from"]'), what).toHaveValue(String(bounds.min));
    await expect(toolbar.locator('select[name="to"]'), what).toHaveValue(String(bounds.max));
    await expect(toolbar.locator('input[name="view"][value="chart"]'), what).toBeChecked();
    await expect(page.getByTestId('trade-view-control').locator('input[value="sides"]'), what).toBeChecked();
    for (const l of LOCALES) await expect(page.locator(`a[hreflang="${l}"]`), what).toHaveAttribute('href', `/${l}/`);

    // The Export panel of one chart: the copy-link address and the iframe snippet are the default view's.
    const chart = CHART_IDS[i % CHART_IDS.length]!;
    const menu = page.getByTestId(`export-${chart}`);
    await menu.getByTestId('export-button').click();
    const panel = menu.getByTestId('export-panel');
    await expect(panel.getByTestId('export-embed'), what).toHaveValue(new RegExp(`^<iframe src="${baseURL}/${locale}/embed/${chart}/" title="`));
    await panel.getByTestId('export-copy-link').click();
    await expect(panel.getByTestId('export-status'), what).toHaveText(t('export.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText()), what).toBe(`${baseURL}/${locale}/#${chart}`);
    await expectClean(page, watcher, what);
  }
  // A good view still travels: the language links carry it, and only it.
  await visit(page, watcher, `/en/?reporter=KZ&from=${bounds.max - 2}&q=%3Cscript%3E#oil-volumes`, 'a good view');
  await expect(page.locator('a[hreflang="kk"]')).toHaveAttribute('href', `/kk/?reporter=KZ&from=${bounds.max - 2}#oil-volumes`);
});

test('deck and presenter view: hostile parameters open the default deck on slide 1', async ({ page }) => {
  test.setTimeout(90_000);
  const watcher = watch(page);
  for (const [i, { name, search }] of hostileSearches(3).entries()) {
    const locale = localeOf(i + 1);
    const t = translatorFor(locale);
    const what = `/${locale}/present/ with ${name}`;
    await visit(page, watcher, `/${locale}/present/${search}`, what);
    await expect(page.getByTestId('deck'), what).toHaveAttribute('data-mode', 'live');
    await expect(page.getByTestId('slide-counter'), what).toHaveText(t('present.slideOf', { n: 1, total: SLIDE_IDS.length }));
    await expect(page.getByTestId('slide-title'), what).toBeVisible();
    await expect(page.locator('html'), what).not.toHaveAttribute('data-theme', /./);
    await expectClean(page, watcher, what);
  }
  // A good `view=presenter` with everything else hostile still opens the presenter view on slide 1.
  const what = 'presenter view with a hostile deck';
  await visit(page, watcher, `/en/present/?deck=nope,../../x&slide=1e9&view=presenter&theme=%3Cscript%3E`, what);
  await expect(page.getByTestId('presenter-current'), what).toHaveAttribute('data-slide', SLIDE_IDS[0]);
  await expectClean(page, watcher, what);
});

test('sources page and the root address: hostile parameters change nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const watcher = watch(page);
  for (const [i, { name, search }] of hostileSearches(6).entries()) {
    const locale = localeOf(i + 2);
    const what = `/${locale}/sources/ with ${name}`;
    await visit(page, watcher, `/${locale}/sources/${search}`, what);
    await expect(page.getByRole('heading', { level: 1 }), what).toHaveText(translatorFor(locale)('sources.heading'));
    await expect(page.getByTestId('source-list').first(), what).toBeVisible();
    for (const l of LOCALES) await expect(page.locator(`a[hreflang="${l}"]`), what).toHaveAttribute('href', `/${l}/sources/`);
    await expectClean(page, watcher, what);
  }
  // `/` sends the browser to its language, with the address as it was; the dashboard ignores it.
  for (const { name, search } of hostileSearches(9).slice(0, 2)) {
    const what = `/ with ${name}`;
    await page.goto(`/${search}`);
    await page.waitForURL(/\/en\/\?/);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 }), what).toHaveText(translatorFor('en')('home.heading'));
    await expectClean(page, watcher, what);
  }
});

for (const [j, id] of [...CHART_IDS, 'route-map'].entries()) {
  test(`embed ${id}: hostile parameters leave the default view; the back link is the default view's`, async ({ page }) => {
    test.setTimeout(60_000);
    const watcher = watch(page);
    // Two rotation rounds each (every value still reaches every embed, in other parameters per embed).
    for (const [i, { name, search }] of hostileSearches(j * 7, 2).entries()) {
      const locale = localeOf(i + j);
      const what = `/${locale}/embed/${id}/ with ${name}`;
      await visit(page, watcher, `/${locale}/embed/${id}/${search}`, what);
      if (id === 'route-map') await expect(page.locator('#route-map-heading'), what).toHaveText(translatorFor(locale)('map.heading'));
      // The card's title is the embed's h2 (its panels' headings are h3).
      else await expect(page.getByTestId(`chart-${id}`).getByRole('heading', { level: 2 }), what).toHaveText(defaultTitle(id as ChartId, locale));
      await expect(page.getByTestId('embed-back-link'), what).toHaveAttribute('href', `/${locale}/#${id}`);
      await expectClean(page, watcher, what);
    }
  });
}

test('unknown routes, locales and malformed paths get a static server’s 404 or 400', async ({ page, request }) => {
  test.setTimeout(60_000);
  const watcher = watch(page);
  const notFound: [string, Locale][] = [
    ['/en/embed/nope/', 'en'],
    ['/kk/embed/..%2F..%2Fx/', 'kk'],
    ['/en/embed/', 'en'],
    ['/xx/', 'en'],
    ['/EN/', 'en'],
    ['/en-US/', 'en'],
    ['/ru/present/nope/', 'ru'],
    [`/az/${encodeURIComponent('<script>window.__pwned=1</script>')}/`, 'az'],
    [`/en/nope/?${'q'.repeat(64)}=%3Cscript%3E#%3Cimg%3E`, 'en'],
  ];
  for (const [path, locale] of notFound) {
    const what = `404 ${path}`;
    await visit(page, watcher, path, what, 404);
    await expect(page.getByTestId('not-found'), what).toHaveAttribute('data-locale', locale);
    await expectClean(page, watcher, what);
  }
  // Directory listings are off everywhere, also where no page lives.
  for (const path of ['/en/embed/', '/_next/', '/_next/static/', '/export/', '/data/', '/geo/']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).not.toContain('Files within');
  }
  // An address too long for the server is refused as such (431), never a server error.
  expect((await request.get(`/en/?q=${'x'.repeat(64 * 1024)}`)).status()).toBe(431);
  // Malformed escapes and NUL bytes in the path are a bad request, never a server error.
  for (const path of ['/en/%E0%A4%A/', '/%/', '/en/%00/', '/en/%00', '/en/x%00.html', '/..%2f..%2fetc/passwd']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect([400, 404], path).toContain(res.status());
  }
});
