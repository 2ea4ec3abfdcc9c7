import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHART_IDS } from '../lib/charts/registry';
import { SLIDE_IDS } from '../lib/present/deck';
import { MESSAGES } from '../lib/i18n/messages';
import { dataset } from '../lib/dataset';

/**
 * Keyboard and motion, beyond what axe can see: Tab reaches every control with a visible focus
 * indicator and lets go at the end of the page; with reduced motion nothing keeps moving.
 */

/** What a focus indicator can be drawn with: an outline, a box shadow, or (SVG) the stroke. */
interface Paint {
  outline: string;
  shadow: string;
  stroke: string;
}

/** One Tab stop, as measured in the page. */
interface Stop {
  /** Position of this element in the order of first visits (a repeat means focus came back to it). */
  index: number;
  name: string;
  /** The element, its next sibling and its label: a visually hidden input draws its ring on the label's text. */
  focused: (Paint | null)[];
  /** The same three once focus has moved on (null when the element is gone). */
  unfocused: (Paint | null)[] | null;
  /** Why it does not count as visible, or '' when it does. */
  hidden: string;
}

/** Runs in the page after each Tab: measures the focused element and the one that just lost focus. */
function measureStep(): { atBody: boolean; stop: Omit<Stop, 'unfocused'> | null; previousUnfocused: (Paint | null)[] | null } {
  const w = window as unknown as { __kbd?: { seen: Element[]; last: Element | null } };
  const k = (w.__kbd ??= { seen: [], last: null });
  const paintOf = (e: Element | null): Paint | null => {
    if (!e) return null;
    const cs = getComputedStyle(e);
    return {
      outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)' ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` : '',
      shadow: cs.boxShadow === 'none' ? '' : cs.boxShadow,
      stroke: e instanceof SVGElement ? `${cs.stroke} ${cs.strokeWidth} ${cs.strokeOpacity}` : '',
    };
  };
  const carriers = (e: Element) => [e, e.nextElementSibling, e.closest('label')];
  const previous = k.last;
  const el = document.activeElement;
  const previousUnfocused = previous && previous !== el && previous.isConnected ? carriers(previous).map(paintOf) : null;
  if (!el || el === document.body || el === document.documentElement) {
    k.last = null;
    return { atBody: true, stop: null, previousUnfocused };
  }
  k.last = el;
  let index = k.seen.indexOf(el);
  if (index < 0) index = k.seen.push(el) - 1;
  const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? (el.textContent ?? '').trim().slice(0, 40);
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label}"`;
  // A visually hidden native input (opacity 0) shows itself through the element drawn next to it.
  const shown = getComputedStyle(el).opacity === '0' && el.nextElementSibling ? el.nextElementSibling : el;
  const r = shown.getBoundingClientRect();
  let hidden = '';
  if (!shown.checkVisibility({ opacityProperty: true, visibilityProperty: true })) hidden = 'not rendered, transparent or visibility: hidden';
  else if (r.width < 2 || r.height < 2) hidden = `${r.width}×${r.height} px`;
  else if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) hidden = 'outside the window';
  else if (!(el instanceof SVGElement)) {
    // Not covered by something else (WCAG 2.4.11): some point of it is on top.
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
    const onTop = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (hit === el || el.contains(hit) || shown.contains(hit) || hit.contains(el));
    });
    if (!onTop) hidden = `covered by ${document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.outerHTML.slice(0, 80)}`;
  }
  return { atBody: false, stop: { index, name, focused: carriers(el).map(paintOf), hidden }, previousUnfocused };
}

/**
 * Tabs from the top of the page until focus has gone round once (back to the first stop) or
 * `limit` presses. Returns the stops in order and every problem found, readably.
 */
async function tabThrough(page: Page, limit: number): Promise<{ stops: Stop[]; problems: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  const problems: string[] = [];
  let wrapped = false;
  for (let i = 0; i < limit && !wrapped; i += 1) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(measureStep);
    const last = stops.at(-1);
    if (last && last.unfocused === undefined) last.unfocused = step.previousUnfocused;
    if (!step.stop) continue;
    if (step.stop.index === 0 && stops.length > 0) {
      wrapped = true;
      break;
    }
    if (step.stop.index < stops.length && stops.length > 0) {
      problems.push(`focus came back to ${step.stop.name} after ${stops.at(-1)!.name}: a loop (trap) in the tab order`);
      break;
    }
    stops.push({ ...step.stop, unfocused: undefined as unknown as null });
  }
  if (!wrapped) problems.push(`focus did not come back to the top after ${stops.length} stops (trapped?); last: ${stops.slice(-3).map((s) => s.name).join(' → ')}`);
  for (const s of stops) {
    if (s.hidden) problems.push(`${s.name}: focused but not visible (${s.hidden})`);
    const changed = s.focused.some((f, i) => {
      if (!f) return false;
      const u = s.unfocused?.[i];
      const drawn = f.outline || f.shadow || f.stroke;
      if (!drawn) return false;
      // Without the unfocused state (the element went away), a drawn outline or shadow counts.
      if (!u) return Boolean(f.outline || f.shadow);
      return f.outline !== u.outline || f.shadow !== u.shadow || f.stroke !== u.stroke;
    });
    if (!changed) problems.push(`${s.name}: no focus indicator (outline, box-shadow or stroke unchanged on focus)`);
  }
  return { stops, problems };
}

test.describe('keyboard', () => {
  test.describe.configure({ timeout: 90_000 });

  test('Tab goes through the whole dashboard: every stop visible with a focus indicator, no trap', async ({ page }) => {
    await page.goto('/en/');
    // Everything that loads late is there: the charts and the map (which loads on approach).
    for (const id of CHART_IDS.filter((c) => c !== 'timeline')) {
      await page.getByTestId(`chart-${id}`).scrollIntoViewIfNeeded();
      await expect(page.getByTestId(`chart-${id}`).locator('.recharts-surface').first()).toBeVisible();
    }
    await page.locator('#route-map').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');

    const { stops, problems } = await tabThrough(page, 400);
    expect(problems, problems.join('\n')).toEqual([]);
    // It went through the page, not just its header: the skip link first, every chart's and the
    // map's Export button, each leg and place on the map, the footer's links last.
    expect(stops[0]!.name).toMatch(/^a /);
    const exportLabel = MESSAGES.en.export.buttonLabel.split('{')[0]!;
    expect(stops.filter((s) => s.name.startsWith(`button "${exportLabel}`))).toHaveLength(CHART_IDS.length + 1);
    expect(stops.filter((s) => s.name.startsWith('path '))).toHaveLength(dataset.routeSegments.length + dataset.routeNodes.length);
    expect(stops.at(-1)!.name).toMatch(/^a /);
  });

  test('Tab goes through the deck (title slide and map slide): visible focus, no trap', async ({ page }) => {
    for (const id of ['title', 'route-map'] as const) {
      await page.goto(`/en/present/?slide=${SLIDE_IDS.indexOf(id) + 1}`);
      await expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');
      if (id === 'route-map') await expect(page.getByTestId('slide-route-map').getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
      const { stops, problems } = await tabThrough(page, 150);
      expect(problems, `${id}:\n${problems.join('\n')}`).toEqual([]);
      expect(stops.length, id).toBeGreaterThan(5);
    }
  });
});

/** Animations that never end, and elements whose transitions or animations still take time. */
async function findMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (e: Element | null | undefined) => (e ? `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}` : '?');
    for (const a of document.getAnimations()) {
      const timing = a.effect?.getComputedTiming();
      if (a.playState === 'running' && timing?.iterations === Infinity) found.push(`infinite animation ${(a as CSSAnimation).animationName ?? a.id} on ${describe((a.effect as KeyframeEffect | null)?.target)}`);
    }
    const seconds = (list: string) => Math.max(...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
    for (const el of document.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      if (seconds(cs.transitionDuration) > 0.001) found.push(`transition ${cs.transitionProperty} ${cs.transitionDuration} on ${describe(el)}`);
      if (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.001) found.push(`animation ${cs.animationName} ${cs.animationDuration} on ${describe(el)}`);
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
    return found;
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing keeps moving on the dashboard (map included) or in the deck, and transitions are off', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('#route-map').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('#route-map .leaflet-container')).toBeVisible();
    expect(await findMotion(page), 'dashboard').toEqual([]);

    await page.goto('/en/present/');
    await expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-counter')).toContainText('2');
    expect(await findMotion(page), 'deck').toEqual([]);
    await page.goto(`/en/present/?slide=${SLIDE_IDS.indexOf('route-map') + 1}`);
    await expect(page.getByTestId('slide-route-map').getByTestId('slide-map')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    expect(await findMotion(page), 'deck, map slide').toEqual([]);
  });
});

test('without the reduced-motion preference the same check finds the map’s flow and the transitions (it can fail)', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#route-map').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-route-map')).toHaveAttribute('data-status', 'ready');
  const motion = await findMotion(page);
  expect(motion.filter((m) => m.startsWith('infinite animation')).length).toBeGreaterThan(0);
  expect(motion.filter((m) => m.startsWith('transition')).length).toBeGreaterThan(0);
});
