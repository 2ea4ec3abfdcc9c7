import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { download, openExport } from './exportPage';
import { REFERENCE_LINE } from '../lib/charts/style';

/**
 * Value labels read through the lines that cross them (issue 12: the 1.5 Mt reference line ran
 * through "1 392"): on the dashboard, on the slide and in the exported SVG, every reference line
 * of the oil chart is painted before (under) every value label, and each value label has a halo
 * (a stroke in the page's background colour, painted under its glyphs).
 */
interface Found {
  lines: number;
  labels: { text: string; afterEveryLine: boolean; paintOrder: string; stroke: string; strokeWidth: number }[];
  background: string;
}

/** Reference lines and value labels of the plot in `plot`, in document order, and the page's background. */
async function inspect(plot: Locator): Promise<Found> {
  return plot.evaluate((root) => {
    const lines = [...root.querySelectorAll('.recharts-reference-line')];
    const labels = [...root.querySelectorAll<SVGTextElement>('text.chart-value-label')].map((label) => {
      const cs = getComputedStyle(label);
      return {
        text: label.textContent ?? '',
        afterEveryLine: lines.every((line) => (line.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
        paintOrder: cs.paintOrder,
        stroke: cs.stroke,
        strokeWidth: Number.parseFloat(cs.strokeWidth),
      };
    });
    const probe = document.createElement('div');
    probe.style.color = 'var(--color-bg)';
    document.body.appendChild(probe);
    const background = getComputedStyle(probe).color;
    probe.remove();
    return { lines: lines.length, labels, background };
  });
}

function expectHaloedAbove(found: Found, where: string) {
  expect(found.lines, `${where}: reference lines`).toBeGreaterThan(0);
  expect(found.labels.length, `${where}: value labels`).toBeGreaterThan(0);
  for (const l of found.labels) {
    expect(l.afterEveryLine, `${where}: "${l.text}" is painted before a reference line`).toBe(true);
    expect(l.paintOrder, `${where}: "${l.text}" paint order`).toMatch(/^stroke/);
    expect(l.stroke, `${where}: "${l.text}" halo colour`).toBe(found.background);
    expect(l.strokeWidth, `${where}: "${l.text}" halo width`).toBeGreaterThanOrEqual(3);
  }
}

async function darkTheme(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
}

test('dashboard: the oil chart’s value labels lie above its reference lines, haloed in the page colour (light and dark)', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await darkTheme(page);
    await page.goto('/ru/');
    const plot = page.getByTestId('chart-oil-volumes').getByTestId('plot-oil-annual');
    await plot.scrollIntoViewIfNeeded();
    await expect(plot.locator('.chart-value-label').first()).toBeVisible();
    expectHaloedAbove(await inspect(plot), `dashboard (${scheme})`);
  }
});

test('dashboard: the trade gap view’s labels lie above its zero line, haloed, and never over a period’s name (kk, light and dark)', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await darkTheme(page);
    await page.goto('/kk/?trade=gap#trade-turnover');
    const plot = page.getByTestId('chart-trade-turnover').getByTestId('plot-trade-gap');
    await plot.scrollIntoViewIfNeeded();
    await expect(plot.locator('.chart-value-label').first()).toBeVisible();
    expectHaloedAbove(await inspect(plot), `gap view (${scheme})`);
    // Every label starts right of the category axis (a bar below zero has its label past zero).
    const axisRight = await plot.locator('.recharts-yAxis').first().evaluate((el) => el.getBoundingClientRect().right);
    for (const left of await plot.locator('.chart-value-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left))) expect(left).toBeGreaterThan(axisRight);
  }
});

test('slide: the same on the oil-annual slide', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/kk/present/?deck=oil-annual');
  const slide = page.getByTestId('slide-oil-annual');
  await expect(slide.locator('.chart-value-label').first()).toBeVisible();
  expectHaloedAbove(await inspect(slide), 'slide');
});

test('export SVG: every value label comes after the reference lines and keeps its halo', async ({ page }) => {
  await page.goto('/en/');
  const panel = await openExport(page, 'oil-volumes');
  await panel.getByTestId('export-size').selectOption('slide-16x9');
  await panel.getByTestId('export-language').selectOption('ru');
  const { bytes } = await download(page, panel.getByTestId('export-svg'));
  const found = await page.evaluate(
    ({ svgText, dash }) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      // Reference lines: the dotted lines of the plot (the legend's swatches are lines too: they come first, above the plot).
      const lines = [...doc.querySelectorAll('line, path')].filter((e) => (e.getAttribute('stroke-dasharray') ?? '').replace(/px|,/g, ' ').trim().split(/\s+/).join(' ') === dash);
      // Value labels: outlined text whose words are a number (the plot's ticks are numbers too, and have no halo).
      const labels = [...doc.querySelectorAll('g[role="img"][aria-label]')]
        .filter((g) => g.getAttribute('paint-order'))
        .map((g) => ({ text: g.getAttribute('aria-label') ?? '', afterEveryLine: lines.every((line) => (line.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0), paintOrder: g.getAttribute('paint-order') ?? '', stroke: g.getAttribute('stroke') ?? '', strokeWidth: 4 }));
      return { lines: lines.length, labels };
    },
    { svgText: bytes.toString('utf8'), dash: REFERENCE_LINE.dash },
  );
  const texts = found.labels.map((l) => l.text);
  // The biggest bar's label, crossed by the 1.5 Mt line before (issue 12).
  expect(texts).toContain('1 392');
  expectHaloedAbove({ ...found, background: 'rgb(255, 255, 255)' }, 'export SVG');
});
