import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { CHART_IDS } from '../lib/charts/registry';
import { SLIDE_IDS } from '../lib/present/deck';
import { buildChartView, findYearBounds, selectChartData } from '../lib/charts/build';
import { dataset } from '../lib/dataset';
import { translatorFor } from './helpers';
import { PAINTS } from '../lib/charts/style';

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every route, in every language and theme.
 * One test per route and language loads the page once and scans it in each theme (the theme is a
 * data-theme attribute on <html>, exactly what the theme switcher and the inline theme script (lib/ui/theme.ts) set; no
 * script reads it) and with the system's dark setting. Scans run with reduced motion, so no colour
 * is caught half-way through a transition.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules whose result depends on colours: the only ones that can change with the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The three themes the reader can choose. */
const THEMES = ['light', 'dark', 'projector'] as const;
type Theme = (typeof THEMES)[number] | 'system-dark';

/** Embeddable views: the four charts and the map (as in app/[locale]/embed/[chart]/page.tsx). */
const EMBEDS = [...CHART_IDS, 'route-map'] as const;

test.use({ reducedMotion: 'reduce' });
// Several pages and up to a dozen scans per test.
test.describe.configure({ timeout: 120_000 });

/** The theme each page is in (forgotten when it navigates) and the colour scheme it emulates. */
const current = new WeakMap<Page, Theme>();
const emulated = new WeakMap<Page, 'light' | 'dark'>();

/** Puts the page in a theme: chosen (data-theme), or none chosen with the system set to dark. */
async function applyTheme(page: Page, theme: Theme): Promise<void> {
  if (!emulated.has(page)) page.on('framenavigated', (frame) => frame === page.mainFrame() && current.delete(page));
  if (current.get(page) === theme) return;
  const scheme = theme === 'system-dark' ? 'dark' : 'light';
  if (emulated.get(page) !== scheme) await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  emulated.set(page, scheme);
  await page.evaluate((t) => {
    // Chromium keeps stale computed colours inside `content-visibility: auto` subtrees it skips
    // (off-screen chart cards and source entries) after a colour-scheme change, until they scroll
    // into view; axe reads computed colours, so it would judge colours no reader ever sees. Those
    // subtrees are rendered for the scan (CSSOM, which the page's CSP allows), as on scrolling.
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
    if (t === 'system-dark') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', t);
  }, theme);
  // A rendered frame before axe reads the colours: after a theme change Chromium's computed
  // colours were seen stale even after two animation frames, and right once a frame was painted.
  // A 1-pixel screenshot paints one.
  await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } });
  current.set(page, theme);
}

/**
 * Every colour the page (or the part `include` selects) paints, element by element: equal
 * fingerprints mean equal contrast results. Inside an SVG drawing a shape paints only its fill and
 * stroke (computed, so a `currentColor` is already resolved in them): its own `color`, background
 * and borders paint nothing and are left out. They are not only irrelevant but unreliable: after
 * the theme attribute goes from projector to none, Chromium 156 was seen (CI, 1 run in 2) to keep
 * the projector's inherited `color` on a legend swatch's <circle> while its <svg> and the list
 * item around it had the new one.
 */
async function colourFingerprint(page: Page, include?: string): Promise<string[]> {
  return page.evaluate((sel) =>
    [...document.querySelectorAll(sel ? `${sel}, ${sel} *` : '*')].map((el) => {
      const cs = getComputedStyle(el);
      const shape = el instanceof SVGElement && !(el instanceof SVGSVGElement);
      const paints = shape ? [cs.fill, cs.stroke, cs.opacity] : [cs.color, cs.backgroundColor, cs.borderTopColor, cs.outlineColor, cs.fill, cs.stroke, cs.opacity];
      return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${paints.join(' ')}`;
    }),
  include);
}

/** One line per failing element: rule, impact, what to fix, where, and axe's own summary. */
function describeViolations(where: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${where} · ${v.id} (${v.impact ?? '?'}): ${v.help} · ${n.target.join(' >>> ')} · ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
  );
}

/** Scans the page (or only `include`) and returns the violations as readable lines. */
async function scan(page: Page, where: string, { include, colourOnly = false }: { include?: string; colourOnly?: boolean } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return describeViolations(where, result.violations);
}

/**
 * Scans the page as it is now in every theme: every rule in the light theme, the colour rules in
 * the dark and projector themes (names, roles, structure and keyboard rules do not depend on the
 * theme, and a full scan costs about twice as much). Then, unless `systemDark` is false, checks
 * that with the system set to dark and no theme chosen the page paints exactly what the dark theme
 * paints (`checkSystemDark`).
 */
async function scanThemes(page: Page, where: string, { include, systemDark = true }: { include?: string; systemDark?: boolean } = {}): Promise<string[]> {
  const found: string[] = [];
  let light: string[] = [];
  let dark: string[] = [];
  // Starting from the theme the page is in saves a change (each one re-lays out the page).
  const now = current.get(page);
  const start = now ? THEMES.indexOf(now === 'system-dark' ? 'dark' : now) : 0;
  for (const theme of [...THEMES.slice(start), ...THEMES.slice(0, start)]) {
    await applyTheme(page, theme);
    found.push(...(await scan(page, `${where} [${theme}]`, { include, colourOnly: theme !== 'light' })));
    if (theme === 'light') light = await colourFingerprint(page, include);
    if (theme === 'dark') dark = await colourFingerprint(page, include);
  }
  // The themes really applied (a scan of the wrong colours would pass for nothing).
  expect(dark.join('\n'), `${where}: the dark theme paints like the light one`).not.toBe(light.join('\n'));
  if (systemDark) found.push(...(await checkSystemDark(page, where, dark, include)));
  return found;
}

/**
 * The system's dark setting with no theme chosen must paint what the dark theme paints (`dark`, a
 * fingerprint taken in the same state); if not, says where, and scans the colour rules there.
 */
async function checkSystemDark(page: Page, where: string, dark: string[], include?: string): Promise<string[]> {
  await applyTheme(page, 'system-dark');
  // Only the part scanned: elsewhere a neighbouring slide may draw in the meantime (it draws when
  // the page is idle), which would change the element list, not the colours.
  const system = await colourFingerprint(page, include);
  if (system.join('\n') === dark.join('\n')) return [];
  const first = system.findIndex((c, i) => c !== dark[i]);
  return [
    ...(await scan(page, `${where} [system dark]`, { include, colourOnly: true })),
    `${where} [system dark]: painted differently from the dark theme, e.g. ${dark[first]} → ${system[first]}`,
  ];
}

/**
 * Headings that go more than one level deeper than the heading before them (axe's heading-order,
 * a best-practice rule outside the WCAG tags scanned above, which Lighthouse's accessibility score
 * counts): an embed's card title is an h2 under its h1, so its panels' headings are h3, not the
 * dashboard's h4.
 */
async function headingSkips(page: Page, where: string): Promise<string[]> {
  const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 60) })));
  expect(headings.length, `${where}: no heading`).toBeGreaterThan(0);
  return headings.flatMap((h, i) => {
    const before = i === 0 ? 0 : headings[i - 1]!.level;
    return h.level > before + 1 ? [`${where} · heading-order: h${h.level} "${h.text}" follows ${before ? `h${before}` : 'no heading'}`] : [];
  });
}

function expectNone(found: string[]) {
  expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
}

test('the language pick at / (its links, as seen without scripts or before the redirect)', async ({ page }) => {
  // With scripts, / replaces itself with /<language>/ at once. The page's own scripts are held back
  // so the links stay (axe itself needs scripts, so the context cannot simply have them off).
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('link')).toHaveCount(LOCALES.length);
  expectNone(await scanThemes(page, '/'));
});

for (const locale of LOCALES) {
  test.describe(`${locale}`, () => {
    test(`dashboard /${locale}/: charts drawn, map loaded, an Export menu open`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      // Before it loads (it does when scrolled near), the map's frame says so.
      await expect(page.getByTestId('route-map-placeholder')).toBeVisible();
      const found = await scanThemes(page, `/${locale}/ map placeholder`, { include: '[data-testid="chart-route-map"]', systemDark: false });
      for (const id of CHART_IDS.filter((c) => c !== 'timeline')) {
        const card = page.getByTestId(`chart-${id}`);
        await card.scrollIntoViewIfNeeded();
        await expect(card.locator('.recharts-surface').first()).toBeVisible();
      }
      await page.locator('#route-map').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
      await expect(page.locator('#route-map .leaflet-container')).toBeVisible();
      found.push(...(await scanThemes(page, `/${locale}/`)));
      found.push(...(await headingSkips(page, `/${locale}/`)));

      const menu = page.getByTestId('export-trade-turnover');
      // Opened from the keyboard, so no pointer rests on it (a hover style would change between scans).
      await menu.getByTestId('export-button').focus();
      await page.keyboard.press('Enter');
      await expect(menu.getByTestId('export-panel').getByTestId('export-size')).toBeVisible();
      // Its "How to cite" box (loaded with the export words) is scanned too.
      await expect(menu.getByTestId('citation-trade-turnover')).toBeVisible();
      // The rest of the page was checked above; the system-dark check would repeat it.
      found.push(...(await scanThemes(page, `/${locale}/ export menu`, { include: '[data-testid="export-trade-turnover"]', systemDark: false })));
      expectNone(found);
    });

    test(`sources /${locale}/sources/`, async ({ page }) => {
      await page.goto(`/${locale}/sources/`);
      await expect(page.getByTestId('source-list')).toBeVisible();
      expectNone(await scanThemes(page, `/${locale}/sources/`));
    });

    test(`deck /${locale}/present/: title, a chart slide, the map slide and the slide chooser`, async ({ page }) => {
      await page.goto(`/${locale}/present/`);
      const deck = page.getByTestId('deck');
      await expect(deck).toHaveAttribute('data-mode', 'live');
      // The toolbar fades out when the pointer is idle unless it holds the focus: keep it in view.
      const toolbar = page.getByRole('navigation', { name: MESSAGES[locale].present.deckLabel });
      await toolbar.getByRole('link').focus();
      const show = async (id: (typeof SLIDE_IDS)[number]) => {
        const target = SLIDE_IDS.indexOf(id);
        if (Number(await deck.getAttribute('data-slide-index')) > target) await page.keyboard.press('Home');
        for (let i = Number(await deck.getAttribute('data-slide-index')); i < target; i += 1) {
          await page.keyboard.press('ArrowRight');
          await expect(deck).toHaveAttribute('data-slide-index', String(i + 1));
        }
        await expect(deck).toHaveAttribute('data-slide-index', String(target));
      };
      // Theme by theme (a theme change re-lays out every slide, a slide change costs little): the
      // whole page on the title slide, then the slides and the chooser on their own.
      const found: string[] = [];
      let darkMap: string[] = [];
      for (const theme of THEMES) {
        await show('title');
        await applyTheme(page, theme);
        const colourOnly = theme !== 'light';
        found.push(...(await scan(page, `/${locale}/present/ title [${theme}]`, { colourOnly })));
        await show('trade-years');
        await expect(page.getByTestId('slide-trade-years').locator('.recharts-surface').first()).toBeVisible();
        found.push(...(await scan(page, `/${locale}/present/ trade-years [${theme}]`, { colourOnly, include: '[data-testid="slide-trade-years"]' })));
        await show('route-map');
        await expect(page.getByTestId('slide-route-map').getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
        found.push(...(await scan(page, `/${locale}/present/ route-map [${theme}]`, { colourOnly, include: '[data-testid="slide-route-map"]' })));
        if (theme === 'dark') darkMap = await colourFingerprint(page, '[data-testid="slide-route-map"]');
        await toolbar.getByRole('button', { name: MESSAGES[locale].present.choose }).click();
        await expect(page.getByTestId('slide-chooser')).toBeVisible();
        found.push(...(await scan(page, `/${locale}/present/ chooser [${theme}]`, { colourOnly, include: '[data-testid="slide-chooser"]' })));
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('slide-chooser')).toHaveCount(0);
        await toolbar.getByRole('link').focus();
      }
      found.push(...(await checkSystemDark(page, `/${locale}/present/ route-map`, darkMap, '[data-testid="slide-route-map"]')));
      expectNone(found);
    });

    test(`embeds /${locale}/embed/…/ (the four charts and the map)`, async ({ page }) => {
      const found: string[] = [];
      for (const id of EMBEDS) {
        await page.goto(`/${locale}/embed/${id}/`);
        if (id === 'route-map') await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
        else if (id !== 'timeline') await expect(page.locator('.recharts-surface').first()).toBeVisible();
        else await expect(page.getByTestId('embed-back-link')).toBeVisible();
        found.push(...(await scanThemes(page, `/${locale}/embed/${id}/`)));
        found.push(...(await headingSkips(page, `/${locale}/embed/${id}/`)));
      }
      expectNone(found);
    });

    test(`404 /${locale}/no-such-page/`, async ({ page }) => {
      // The 404 page takes the reader's theme too (the inline theme script).
      const res = await page.goto(`/${locale}/no-such-page/?theme=projector`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      expectNone(await scanThemes(page, `/${locale}/no-such-page/`));
    });
  });
}

test('charts and the map keep their text alternatives beside the drawing: named, described, a table or a list', async ({ page }) => {
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  await page.goto('/en/');
  for (const id of CHART_IDS) {
    const view = buildChartView(id, { data, bounds, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, locale: 'en', t: translatorFor('en') });
    const card = page.getByTestId(`chart-${id}`);
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('chart-description')).toHaveText(view.description);
    // The tables stay in the accessibility tree while the chart is drawn (hidden from sight only).
    await expect(card.getByRole('table')).toHaveCount(view.tables.length);
    for (const [i, table] of view.tables.entries()) await expect(card.getByRole('table').nth(i)).toHaveAccessibleName(table.caption);
    if (view.id === 'timeline') {
      // Plain HTML: a named list of buttons, one per milestone.
      await expect(card.getByRole('list', { name: view.chart.listLabel }).getByRole('listitem')).toHaveCount(view.chart.markers.length);
      continue;
    }
    // Every plot is one named, described stop (recharts' <title> and <desc>).
    const plots = card.locator('svg.recharts-surface');
    await expect(plots.first()).toBeVisible();
    for (const plot of await plots.all()) {
      await expect(plot).toHaveAccessibleName(/\S/);
      // SVG's own description element (Playwright's accessible-description check reads ARIA only).
      await expect(plot.locator(':scope > desc')).toHaveText(/\S/);
      await expect(plot).toHaveAttribute('tabindex', '0');
    }
  }
  // The map: a named region for the drawing, and the route as an ordered list beside it.
  await page.locator('#route-map').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByRole('region', { name: MESSAGES.en.map.mapLabel })).toBeVisible();
  const steps = page.getByTestId('route-list');
  await expect(steps).toBeVisible();
  expect(await steps.evaluate((el) => el.tagName)).toBe('OL');
  await expect(steps.getByRole('listitem')).toHaveCount(dataset.routeSegments.length);
});

test('the dark theme paints the charts in the dark palette, and an export from it keeps the light one', async ({ page }) => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const lights = new Set<string>(Object.values(PAINTS).map((p) => p.light));
  const darks = new Set<string>(Object.values(PAINTS).map((p) => p.dark));
  // The plain fills of the trade bars: Azerbaijan's total and its Kazakhstan → Azerbaijan part,
  // and turnover whose reporting side is not stated.
  const paints = (['az-main', 'az-dark', 'unknown-main'] as const).map((n) => PAINTS[n]);
  await page.goto('/en/?theme=dark');
  // The plot is drawn as it nears the viewport (the trade card's view control put it lower).
  await page.getByTestId('chart-trade-turnover').scrollIntoViewIfNeeded();
  const bars = page.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle path');
  await expect(bars.first()).toBeVisible();
  const fills = await bars.evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  for (const p of paints) {
    expect(fills).toContain(rgb(p.dark));
    if (!darks.has(p.light)) expect(fills).not.toContain(rgb(p.light));
  }

  const menu = page.getByTestId('export-trade-turnover');
  await menu.getByTestId('export-button').click();
  const pending = page.waitForEvent('download');
  await menu.getByTestId('export-svg').click();
  const svg = await readFile(await (await pending).path(), 'utf8');
  for (const p of paints) {
    expect(svg).toContain(`fill="${rgb(p.light)}"`);
    if (!lights.has(p.dark)) expect(svg).not.toContain(`fill="${rgb(p.dark)}"`);
  }
});
