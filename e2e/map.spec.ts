import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { dataset } from '../lib/dataset';
import { contextPipelines } from '../data/geo/contextPipelines';
import { shapeRoute, type FactView } from '../lib/map/shapeRoute';
import { MESSAGES } from '../lib/i18n/messages';
import { LAYER_STYLES, MODE_STYLES, SELECTED_EXTRA, DIMMED_OPACITY } from '../lib/map/mapTheme';
import type { Locale } from '../lib/i18n/locales';

const factText = (f: FactView) => (f.kind === 'milestone' ? f.date : f.value);
const model = (locale: Locale) => shapeRoute({ dataset, contextPipelines, locale, t: translatorFor(locale) });
const en = model('en');
const segmentIds = dataset.routeSegments.map((s) => s.id);
const nodeIds = dataset.routeNodes.map((n) => n.id);

/** Console errors and uncaught exceptions, except the site's missing favicon (not the map's). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A point on a drawn line, in page coordinates (the middle of the path's length). */
async function pointOnLine(page: Page, testId: string): Promise<{ x: number; y: number }> {
  // The whole map on screen (the section is taller than the window: scrolled to its middle, the
  // map's top can be above it).
  await page.getByTestId('chart-route-map').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return page.getByTestId(testId).evaluate((el) => {
    const path = el as SVGGeometryElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
}

async function openMap(page: Page, path = '/en/') {
  await page.goto(path);
  await page.locator('#route-map').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
}

test.describe('loading on approach', () => {
  // A short window, so the map starts well below the fold.
  test.use({ viewport: { width: 1280, height: 360 } });

  test('the map code and basemap load only when the map is about to come into view', async ({ page }) => {
    const errors = watchErrors(page);
    const scripts: string[] = [];
    const basemapRequests: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js')) scripts.push(r.url());
      if (url.pathname === en.basemapUrl) basemapRequests.push(r.url());
    });
    await page.goto('/en/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // past the idle callback that starts watching
    const frameTop = await page.getByTestId('chart-route-map').evaluate((el) => el.getBoundingClientRect().top);
    expect(frameTop, 'precondition: the map starts more than the 300 px look-ahead below the fold').toBeGreaterThan(360 + 300);

    expect(basemapRequests).toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as { L?: unknown }).L)).toBe('undefined');
    const early = [...scripts];
    const earlyBodies = await Promise.all(early.map(async (u) => (await page.request.get(u)).text()));
    expect(earlyBodies.filter((b) => b.includes('leaflet-pane')), 'no Leaflet code before scrolling').toEqual([]);
    await expect(page.getByTestId('route-map-placeholder')).toHaveText(en.text.placeholder);
    await expect(page.locator('.leaflet-container')).toHaveCount(0);

    await page.locator('#route-map').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
    expect(basemapRequests).toHaveLength(1);
    const late = scripts.filter((u) => !early.includes(u));
    const lateBodies = await Promise.all(late.map(async (u) => (await page.request.get(u)).text()));
    expect(lateBodies.some((b) => b.includes('leaflet-pane')), 'the Leaflet chunk arrives on scrolling').toBe(true);
    await expect(page.locator('.leaflet-container'), 'one map, initialised once').toHaveCount(1);
    expect(errors).toEqual([]);
  });
});

test('the route draws its 3 legs and 6 places from the data, on a basemap with its credits', async ({ page }) => {
  const errors = watchErrors(page);
  await openMap(page);
  expect(segmentIds).toHaveLength(3);
  expect(nodeIds).toHaveLength(6);
  const map = page.getByTestId('chart-route-map');
  await expect(map.locator('[data-testid^="map-segment-"]')).toHaveCount(3);
  await expect(map.locator('[data-testid^="map-node-"]')).toHaveCount(6);
  for (const id of segmentIds) await expect(map.getByTestId(`map-segment-${id}`)).toHaveAttribute('aria-label', en.segments.find((s) => s.id === id)!.name);
  for (const id of nodeIds) await expect(map.getByTestId(`map-node-${id}`)).toBeVisible();
  // Each mode has its own line: dashed patterns for rail and tanker, solid for the pipeline.
  for (const s of dataset.routeSegments) {
    const line = map.locator(`[data-line="${s.id}"]`);
    await expect(line).toHaveAttribute('stroke-width', String(MODE_STYLES[s.mode].base.weight));
    if (MODE_STYLES[s.mode].base.dashArray) await expect(line).toHaveAttribute('stroke-dasharray', MODE_STYLES[s.mode].base.dashArray!);
    else await expect(line).not.toHaveAttribute('stroke-dasharray', /./);
  }
  // Static direction chevrons along every leg.
  const marks = en.segments.reduce((n, s) => n + s.marks.length, 0);
  await expect(map.locator('svg[data-segment]')).toHaveCount(marks);
  // Land drawn from the bundled basemap; names in the page's language.
  expect(await map.locator('.leaflet-pane path').count()).toBeGreaterThan(20);
  // At the desktop's zoom the route countries are named once each (phones hide the small ones).
  for (const id of ['031', '398', '268', '792']) {
    const name = en.countryLabels.find((l) => l.id === id)!.name;
    await expect(map.getByText(name, { exact: true }).locator('visible=true')).toHaveCount(1);
  }
  await expect(map.getByText(en.seaLabels.find((l) => l.id === 'caspian')!.name, { exact: true })).toBeVisible();
  await expect(map.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  await expect(map.locator('.leaflet-control-attribution')).toContainText('Global Energy Monitor (CC BY 4.0)');
  await expect(map.locator('.leaflet-marker-icon img, img.leaflet-marker-icon')).toHaveCount(0); // no default icons
  // The legend marks which lines are approximate.
  const legend = page.getByTestId('route-legend');
  await expect(legend.locator('[data-accuracy="approximate"]')).toHaveCount(en.segments.filter((s) => s.accuracy === 'approximate').length);
  await expect(legend.locator('[data-accuracy="approximate"]').first()).toContainText(en.text.legend.approximate);
  await expect(legend).toContainText(en.text.legend.context);
  for (const c of en.context) await expect(legend).toContainText(c.name);
  expect(errors).toEqual([]);
});

test('every leg and place is reachable by keyboard; a leg selected with Enter opens its panel and is highlighted', async ({ page }) => {
  const errors = watchErrors(page);
  await openMap(page);
  const map = page.getByTestId('chart-route-map');
  await map.locator('.leaflet-container').focus();
  const order: string[] = [];
  for (let i = 0; i < segmentIds.length + nodeIds.length; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
  }
  expect(order).toEqual([...segmentIds.map((id) => `map-segment-${id}`), ...nodeIds.map((id) => `map-node-${id}`)]);

  const btc = en.segments.find((s) => s.mode === 'pipeline')!;
  await map.getByTestId(`map-segment-${btc.id}`).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('route-panel');
  await expect(panel).toHaveAttribute('data-segment', btc.id);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(btc.name);
  await expect(panel.locator('[data-field="mode"]')).toHaveText(btc.modeLabel);
  await expect(panel.locator('[data-field="length"]')).toHaveText(btc.lengthText); // 1,768 km (official)
  await expect(panel.locator('[data-field="drawn"]')).toHaveText(btc.drawnText);
  await expect(panel.locator('[data-field="accuracy"]')).toHaveText(btc.accuracyLabel);
  await expect(panel.locator('[data-field="operator"]')).toHaveText(btc.operator);
  await expect(panel.getByTestId('segment-volumes').locator('tbody tr')).toHaveCount(btc.volumes.rows.length);
  for (const r of btc.volumes.rows) await expect(panel.locator(`tr[data-observation="${r.observationId}"]`)).toContainText(r.valueText);
  await expect(page.getByTestId('route-map-announcer')).toHaveText(en.text.announce.segment.replace('{name}', btc.name));
  // Highlighted on the map: wider, pressed; the other legs dimmed.
  await expect(map.getByTestId(`map-segment-${btc.id}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(map.locator(`[data-line="${btc.id}"]`)).toHaveAttribute('stroke-width', String(MODE_STYLES.pipeline.base.weight + SELECTED_EXTRA));
  for (const other of segmentIds.filter((id) => id !== btc.id)) await expect(map.locator(`[data-line="${other}"]`)).toHaveAttribute('stroke-opacity', String(DIMMED_OPACITY));
  // Mirrored in the step-by-step list.
  await expect(page.getByTestId(`select-${btc.id}`)).toHaveAttribute('aria-pressed', 'true');

  // The list's buttons select too (Space), and the panel closes with its button.
  const tanker = en.segments.find((s) => s.mode === 'tanker')!;
  await page.getByTestId(`select-${tanker.id}`).focus();
  await page.keyboard.press('Space');
  await expect(panel).toHaveAttribute('data-segment', tanker.id);
  await expect(map.getByTestId(`map-segment-${tanker.id}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(map.getByTestId(`map-segment-${btc.id}`)).toHaveAttribute('aria-pressed', 'false');
  // Pressing the selected leg again clears it; the panel's close button does too.
  await page.keyboard.press('Space');
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('route-map-announcer')).toHaveText(en.text.announce.cleared);
  await page.keyboard.press('Space');
  await expect(panel).toHaveAttribute('data-segment', tanker.id);
  await panel.getByRole('button', { name: en.text.panel.close }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId(`select-${tanker.id}`)).toBeFocused();
  await expect(page.getByTestId('route-panel-empty')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a click on a leg selects it; a place opens its popup of facts, and Escape closes it', async ({ page }) => {
  await openMap(page);
  const map = page.getByTestId('chart-route-map');
  const onRail = await pointOnLine(page, 'map-segment-tengiz-aktau');
  await page.mouse.click(onRail.x, onRail.y);
  await expect(page.getByTestId('route-panel')).toHaveAttribute('data-segment', 'tengiz-aktau');
  await expect(page.getByTestId('route-panel').locator('[data-field="length"]')).toHaveText(en.segments[0]!.lengthText);

  const aktau = en.nodes.find((n) => n.id === 'aktau')!;
  await page.getByTestId('place-aktau').click();
  const popup = page.getByTestId('popup-aktau');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading', { level: 3 })).toBeFocused();
  for (const f of aktau.facts) await expect(popup.locator(`[data-fact="${f.id}"]`)).toContainText(factText(f));
  // The first two Tengiz cargoes: 21 and 28 March 2023.
  await expect(popup).toContainText('21 March 2023');
  await expect(popup).toContainText('28 March 2023');
  await expect(popup).toContainText(aktau.positionNote!);
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(page.getByTestId('place-aktau')).toBeFocused();

  // On the map itself: Enter on a place's marker opens its popup.
  const ceyhan = en.nodes.find((n) => n.id === 'ceyhan')!;
  await map.getByTestId('map-node-ceyhan').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('popup-ceyhan')).toBeVisible();
  for (const f of ceyhan.facts) await expect(page.getByTestId('popup-ceyhan').locator(`[data-fact="${f.id}"]`)).toContainText(factText(f));
});

test('zoom by keyboard and the reset control brings the whole route back', async ({ page }) => {
  await openMap(page);
  const map = page.getByTestId('chart-route-map');
  // Distance on screen between two places near the middle of the view (they stay in view when zooming).
  const spread = async () => {
    const a = await map.getByTestId('map-node-tbilisi').boundingBox();
    const b = await map.getByTestId('map-node-sangachal').boundingBox();
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  };
  // The reference is the "fit route" view itself (the view on load was fitted to the frame as it
  // was then; fonts or a scrollbar arriving later can change the frame by a few pixels).
  await map.getByTestId('map-fit-route').click();
  let before = 0;
  await expect
    .poll(async () => {
      const now = await spread();
      const steady = Math.abs(now - before) < 0.5;
      before = now;
      return steady;
    })
    .toBe(true);
  await map.locator('.leaflet-container').focus();
  await page.keyboard.press('+');
  await expect.poll(spread).toBeGreaterThan(before * 1.3);
  await page.keyboard.press('ArrowRight');
  await map.getByTestId('map-fit-route').click();
  await expect.poll(spread).toBeLessThan(before * 1.05);
  await expect(map.getByTestId('map-fit-route')).toHaveAttribute('aria-label', en.text.fitRoute);
  await expect(map.getByRole('button', { name: en.text.zoomIn })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the whole route fits the map on load, and the panel sits below the map', async ({ page }) => {
    await openMap(page);
    const frame = (await page.locator('[data-testid="chart-route-map"] > div').first().boundingBox())!;
    for (const id of nodeIds) {
      const b = (await page.getByTestId(`map-node-${id}`).boundingBox())!;
      expect(b.x, id).toBeGreaterThanOrEqual(frame.x);
      expect(b.x + b.width, id).toBeLessThanOrEqual(frame.x + frame.width);
      expect(b.y, id).toBeGreaterThanOrEqual(frame.y);
      expect(b.y + b.height, id).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // Fewer labels at the phone's zoom, but Kazakhstan is still named, once.
    const kz = en.countryLabels.find((l) => l.id === '398')!.name;
    await expect(page.getByTestId('chart-route-map').getByText(kz, { exact: true }).locator('visible=true')).toHaveCount(1);
    const onLane = await pointOnLine(page, 'map-segment-aktau-sangachal');
    await page.touchscreen.tap(onLane.x, onLane.y);
    const panel = (await page.getByTestId('route-panel').boundingBox())!;
    expect(panel.y).toBeGreaterThan(frame.y + frame.height);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the flow animation is off and the static chevrons still show the direction', async ({ page }) => {
    await openMap(page);
    const map = page.getByTestId('chart-route-map');
    for (const id of segmentIds) await expect(map.locator(`[data-flow="${id}"]`)).toHaveCSS('animation-name', 'none');
    expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
    await expect(map.locator('svg[data-segment]').first()).toBeVisible();
  });
});

test('without the reduced-motion preference the flow moves along every leg', async ({ page }) => {
  await openMap(page);
  const map = page.getByTestId('chart-route-map');
  for (const id of segmentIds) await expect(map.locator(`[data-flow="${id}"]`)).not.toHaveCSS('animation-name', 'none');
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  expect(running).toBeGreaterThanOrEqual(segmentIds.length);
});

test('map labels follow the language', async ({ page }) => {
  for (const locale of ['az', 'kk'] as const) {
    const m = model(locale);
    await openMap(page, `/${locale}/`);
    const map = page.getByTestId('chart-route-map');
    await expect(map.getByText(m.countryLabels.find((l) => l.id === '031')!.name, { exact: true }).locator('visible=true')).toHaveCount(1);
    await expect(map.locator('[data-map-label="place"]', { hasText: m.nodes.find((n) => n.id === 'aktau')!.name })).toHaveCount(1);
    await expect(map.getByRole('button', { name: m.text.zoomIn })).toBeVisible();
    await expect(page.locator('#route-map-heading')).toHaveText(MESSAGES[locale].map.heading);
    await expect(page.getByTestId('route-list').locator('li').first()).toContainText(m.segments[0]!.name);
  }
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the route is an ordered list of legs with mode, length and volumes, and the frame says why there is no map', async ({ page }) => {
    await page.goto('/en/');
    const items = page.getByTestId('route-list').locator('li');
    await expect(items).toHaveCount(en.segments.length);
    for (const [i, s] of en.segments.entries()) {
      const li = items.nth(i);
      await expect(li).toHaveAttribute('data-segment', s.id);
      await expect(li).toContainText(s.name);
      await expect(li).toContainText(s.modeLabel);
      await expect(li).toContainText(s.lengthText);
      await expect(li).toContainText(s.volumesLine);
    }
    await expect(page.getByTestId('route-list').locator('button')).toHaveCount(0);
    // The frame explains itself (a <noscript> message) instead of promising a map that cannot load.
    expect(await page.getByTestId('chart-route-map').locator('noscript').textContent()).toContain(en.text.noScript);
    await expect(page.getByTestId('route-map-placeholder')).toHaveCount(0);
  });
});

/** The boxes (page px) of the map's labels that show: place, country and sea names. */
async function readLabelBoxes(page: Page) {
  return page.getByTestId('route-map-canvas').evaluate((map) =>
    [...map.querySelectorAll<HTMLElement>('[data-map-label]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', kind: el.dataset.mapLabel ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

/** Pairs of boxes that overlap by more than half a pixel each way. */
function findOverlaps(boxes: readonly { text: string; x: number; y: number; width: number; height: number }[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) pairs.push(`"${a.text}" / "${b.text}" (${w.toFixed(1)} x ${h.toFixed(1)} px)`);
    }),
  );
  return pairs;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`labels at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    test('no two place, country or sea names overlap, in any language; every place is named', async ({ page }) => {
      test.setTimeout(150_000); // four languages, each loaded and zoomed
      for (const locale of ['az', 'en', 'ru', 'kk'] as const) {
        const m = model(locale);
        await openMap(page, `/${locale}/`);
        const labels = page.getByTestId('route-map-canvas').locator('[data-map-label="place"]');
        await expect(labels).toHaveCount(m.nodes.length);
        // Placed: the layout has set each place name's position.
        await expect.poll(() => labels.evaluateAll((els) => els.every((el) => (el as HTMLElement).style.left !== ''))).toBe(true);
        const boxes = await readLabelBoxes(page);
        for (const n of m.nodes) expect(boxes.map((b) => b.text), `${locale}: ${n.name}`).toContain(n.name);
        expect(boxes.filter((b) => b.kind === 'country').length, `${locale}: country names shown`).toBeGreaterThanOrEqual(2);
        expect(findOverlaps(boxes), `${locale} at ${viewport.width}x${viewport.height}`).toEqual([]);
        // And after zooming in a step, where the near labels show.
        await page.getByRole('button', { name: m.text.zoomIn }).click();
        await page.waitForTimeout(400);
        await expect.poll(async () => findOverlaps(await readLabelBoxes(page)), `${locale} zoomed in`).toEqual([]);
      }
    });
  });
}

test.describe('context layers (container line, planned cable)', () => {
  const kk = model('kk');
  const layerName = (m: ReturnType<typeof model>, id: string) => {
    const l = m.layers.find((x) => x.id === id)!;
    return `${l.name} (${l.tag})`;
  };
  const drawn = (page: Page, id: string) => page.locator(`#route-map path.map-layer-line.map-layer-${id}`);

  test('each layer is a labelled checkbox, off by default; Space shows and hides its lines and writes the address; Details opens its panel', async ({ page }) => {
    const errors = watchErrors(page);
    await openMap(page, '/kk/');
    const cable = page.getByRole('checkbox', { name: layerName(kk, 'caspian-cable'), exact: true });
    const containers = page.getByRole('checkbox', { name: layerName(kk, 'container-line'), exact: true });
    await expect(cable).not.toBeChecked();
    await expect(containers).not.toBeChecked();
    await expect(drawn(page, 'caspian-cable')).toHaveCount(0);
    await expect(drawn(page, 'container-line')).toHaveCount(0);

    await cable.focus();
    await page.keyboard.press('Space');
    await expect(cable).toBeChecked();
    await expect(drawn(page, 'caspian-cable')).toHaveCount(1);
    // Drawn as planned: dashed, never a solid line.
    await expect(drawn(page, 'caspian-cable')).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(drawn(page, 'container-line')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('cable');

    // The next stop is the cable's Details button, named with the layer.
    await page.keyboard.press('Tab');
    const details = page.getByRole('button', { name: kk.text.layers.details.replace('{name}', kk.layers.find((l) => l.id === 'caspian-cable')!.name) });
    await expect(details).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('route-layer-panel');
    await expect(panel).toHaveAttribute('data-layer', 'caspian-cable');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(kk.layers.find((l) => l.id === 'caspian-cable')!.name);
    await expect(panel.locator('[data-field="status"]')).toHaveAttribute('data-status', 'planned');
    await expect(panel.getByTestId('route-layer-schedule').locator('li')).toHaveCount(dataset.mapLayers.find((l) => l.id === 'caspian-cable')!.schedule.length);

    await containers.focus();
    await page.keyboard.press('Space');
    await expect(drawn(page, 'container-line')).toHaveCount(1);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('containers,cable');

    await cable.focus();
    await page.keyboard.press('Space');
    await expect(cable).not.toBeChecked();
    await expect(drawn(page, 'caspian-cable')).toHaveCount(0);
    await expect(drawn(page, 'container-line')).toHaveCount(1);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('containers');
    expect(errors).toEqual([]);
  });

  test('a link with the layers restores them; the container line’s panel shows its TEU by year as in the data', async ({ page }) => {
    const ru = model('ru');
    await openMap(page, '/ru/?layers=containers');
    await expect(page.getByRole('checkbox', { name: layerName(ru, 'container-line'), exact: true })).toBeChecked();
    await expect(drawn(page, 'container-line')).toHaveCount(1);
    await page.getByRole('button', { name: ru.text.layers.details.replace('{name}', ru.layers.find((l) => l.id === 'container-line')!.name) }).click();
    const rows = page.getByTestId('route-layer-panel').getByTestId('route-layer-series').locator('li');
    const teu = dataset.observations.filter((o) => o.indicator === 'containers.aktau-baku');
    expect(teu.length).toBeGreaterThan(0);
    await expect(rows).toHaveCount(teu.length);
    const shaped = ru.layers.find((l) => l.id === 'container-line')!.series!.rows;
    for (const o of teu) {
      const row = page.getByTestId('route-layer-series').locator(`li[data-fact="${o.id}"]`);
      await expect(row).toHaveAttribute('data-value', String(o.value));
      await expect(row).toContainText(o.period);
      await expect(row).toContainText(shaped.find((r) => r.observationId === o.id)!.valueText);
    }
  });

  test('the SVG export draws the layers shown on screen, with their legend entries, and only those', async ({ page }) => {
    const en2 = model('en');
    const legendOf = (id: string) => en2.layers.find((l) => l.id === id)!.legendText;
    const exportSvg = async () => {
      const menu = page.getByTestId('export-route-map');
      await menu.scrollIntoViewIfNeeded();
      await menu.getByTestId('export-button').click();
      const panel = menu.getByTestId('export-panel');
      const pending = page.waitForEvent('download', { timeout: 30_000 });
      await panel.getByTestId('export-svg').click();
      const file = await pending;
      const { readFile } = await import('node:fs/promises');
      const text = (await readFile(await file.path())).toString('utf8');
      await menu.getByTestId('export-button').click();
      // The download drops data-* attributes: the layers are told apart by their colours (lib/map/mapTheme.ts).
      const colours = { 'container-line': LAYER_STYLES['container-line'].colour, 'caspian-cable': LAYER_STYLES.cable.colour };
      return page.evaluate(
        ({ svg, colours }) => {
          const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          return {
            words: [...doc.querySelectorAll('g[role="img"][aria-label]')].map((g) => g.getAttribute('aria-label') ?? '').join(' ').replace(/\s+/g, ' '),
            // Lines on the map (the legend's swatches are <line>s).
            // (Written as rgb() by the download's serialiser.)
            layers: Object.entries(colours)
              .filter(([, c]) => doc.querySelector(`path[stroke="${c}"], path[stroke="${rgb(c)}"]`))
              .map(([id]) => id),
            dashed: [...doc.querySelectorAll(`path[stroke="${colours['caspian-cable']}"], path[stroke="${rgb(colours['caspian-cable'])}"]`)].map((p) => p.getAttribute('stroke-dasharray') ?? 'none'),
          };
        },
        { svg: text, colours },
      );
    };
    await openMap(page, '/en/?layers=cable');
    const one = await exportSvg();
    expect(one.layers).toEqual(['caspian-cable']);
    // Dashed wherever it is drawn: planned, never a solid line.
    expect(one.dashed.length).toBeGreaterThan(0);
    for (const d of one.dashed) expect(d.replace(/px|,/g, '').replace(/\s+/g, ' ')).toBe(LAYER_STYLES.cable.dashArray);
    expect(one.words).toContain(legendOf('caspian-cable'));
    expect(one.words).not.toContain(legendOf('container-line'));

    await page.getByRole('checkbox', { name: layerName(en2, 'container-line'), exact: true }).check();
    const both = await exportSvg();
    expect(both.layers).toEqual(['container-line', 'caspian-cable']);
    expect(both.words).toContain(legendOf('container-line'));
  });

  test('the deck’s map slide draws the layers of its address, with their key entries', async ({ page }) => {
    const kkModel = kk;
    await page.goto('/kk/present/?deck=route-map&layers=containers,cable');
    const slide = page.getByTestId('slide-map');
    await expect(slide).toHaveAttribute('data-status', 'ready');
    await expect(slide.locator('[data-map-layer="container-line"]')).toHaveCount(1);
    await expect(slide.locator('[data-map-layer="caspian-cable"]')).toHaveCount(1);
    for (const l of kkModel.layers) await expect(page.getByTestId('map-slide').locator(`li[data-layer="${l.id}"]`)).toHaveText(l.legendText);
    await page.goto('/kk/present/?deck=route-map');
    await expect(page.getByTestId('slide-map')).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('slide-map').locator('[data-map-layer]')).toHaveCount(0);
  });
});
