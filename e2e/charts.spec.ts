import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { countTradeSegments, scrollThrough, translatorFor } from './helpers';
import { dataset } from '../lib/dataset';
import { buildChartView, findYearBounds, selectChartData, type ChartView } from '../lib/charts/build';
import { CHART_IDS } from '../lib/charts/registry';
import type { ChartFilter, ChartId } from '../lib/charts/types';
import { formatNumber } from '../lib/format';
import { LOCALES, type Locale } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const everything: ChartFilter = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] };

/** What a chart must show, computed with the same functions the page uses. */
function expectedView<Id extends ChartId>(id: Id, locale: Locale, filter: ChartFilter = everything): Extract<ChartView, { id: Id }> {
  return buildChartView(id, { data, filter, bounds, locale, t: translatorFor(locale) }) as Extract<ChartView, { id: Id }>;
}

/** Text of every cell of every data table in a card, row by row. */
async function tableTexts(page: Page, id: ChartId): Promise<string[][]> {
  const texts = await page
    .getByTestId(`chart-${id}`)
    .locator('[data-testid="chart-tables"] tbody tr:not([class*="groupRow"])')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  return texts.map((row) => row.map((cell) => cell.trim()));
}

function modelTexts(view: ChartView): string[][] {
  return view.tables.flatMap((t) => t.groups.flatMap((g) => g.rows.map((r) => r.cells.map((c) => c.text.trim()))));
}

test.describe('charts draw what the data holds', () => {
  test('trade turnover: one bar part per published figure, years and part-years apart', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('trade-turnover', 'en');
    const card = page.getByTestId('chart-trade-turnover');
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle')).toHaveCount(countTradeSegments(view.chart.years));
    await expect(card.getByTestId('plot-trade-part-years').locator('.recharts-bar-rectangle')).toHaveCount(countTradeSegments(view.chart.partYears));
    // Years on the axis are calendar years only; part-year periods are labelled with their months.
    const ticks = card.getByTestId('plot-trade-years').locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]');
    await expect(ticks).toHaveCount(view.chart.years.rows.length);
    const yearTicks = await ticks.allTextContents();
    expect(yearTicks).toEqual(view.chart.years.rows.map((r) => r.label));
    expect(yearTicks.every((t) => /^\d{4}$/.test(t))).toBe(true);
    // Both sides for 2022, side by side: Azerbaijan's 598.47 and Kazakhstan's revised 463.3.
    await expect(card.getByTestId('plot-trade-years').locator('.chart-value-label', { hasText: '598.47' })).toHaveCount(1);
    await expect(card.getByTestId('plot-trade-years').locator('.chart-value-label', { hasText: '463.3' })).toHaveCount(1);
  });

  test('investment flows: a bar per figure in each direction, a point per company count', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('investment-flows', 'en');
    const card = page.getByTestId('chart-investment-flows');
    await card.scrollIntoViewIfNeeded();
    for (const panel of view.chart.panels) {
      await expect(card.getByTestId(`plot-investment-${panel.direction}`).locator('.recharts-bar-rectangle')).toHaveCount(panel.rows.length);
    }
    await expect(card.getByTestId('plot-companies').getByTestId('company-point')).toHaveCount(view.chart.companies.points.length);
    const labels = await card.getByTestId('plot-companies').locator('.chart-value-label').allTextContents();
    expect(labels).toEqual(view.chart.companies.points.map((p) => p.label));
    expect(labels).toContain('>250');
    expect(labels).toContain('~60');
  });

  test('oil volumes: bars per year, a point per running total, agreed volumes and the pace', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('oil-volumes', 'en');
    const card = page.getByTestId('chart-oil-volumes');
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('plot-oil-annual').locator('.recharts-bar-rectangle')).toHaveCount(view.chart.annual.rows.length);
    await expect(card.getByTestId('plot-oil-running').getByTestId('running-point')).toHaveCount(view.chart.running.lines.reduce((n, l) => n + l.points, 0));
    await expect(card.getByTestId('plot-oil-annual').locator('.recharts-reference-line')).toHaveCount(view.chart.references.length);
    await expect(card.getByTestId('plot-oil-running').locator('.recharts-reference-line')).toHaveCount(view.chart.references.length);
    await expect(card.getByTestId('plot-oil-annual').locator('.chart-value-label', { hasText: /^almost\s*1,500$/ })).toHaveCount(1);
    await expect(card.getByTestId('plot-oil-running').locator('.recharts-line-curve')).toHaveCount(view.chart.running.lines.length + (view.chart.running.pace ? 1 : 0));
    for (const r of view.chart.references) await expect(card.getByTestId('plot-oil-running')).toContainText(r.label);
  });

  for (const locale of LOCALES) {
    test(`${locale}: oil per year: one bar per figure (both 2025 sources), plans outlined and dashed, labels as the data`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const view = expectedView('oil-volumes', locale);
      const plot = page.getByTestId('chart-oil-volumes').getByTestId('plot-oil-annual');
      await plot.scrollIntoViewIfNeeded();
      const { rows, series } = view.chart.annual;
      const valueOf = (r: (typeof rows)[number]) => series.map((s) => r[s.key]).find((v) => typeof v === 'number');
      const labelOf = (r: (typeof rows)[number]) => series.map((s) => r[`${s.key}_label`]).find((v) => typeof v === 'string');
      const planKeys = series.filter((s) => s.kind === 'plan').map((s) => s.key);
      const planRows = rows.filter((r) => planKeys.some((k) => typeof r[k] === 'number'));
      // The dataset's 2025 outcomes (two sources) and 2026 plans are all there, one bar each.
      const figures = dataset.observations.filter((o) => o.indicator === 'oil.aktau-to-baku' && /^\d{4}$/.test(o.period) && o.unit === 'tonnes');
      expect(rows.filter((r) => r.label === '2025').map(valueOf).sort()).toEqual(figures.filter((o) => o.period === '2025' && o.measure === 'flow').map((o) => o.value / 1000).sort());
      expect(planRows.map(valueOf).sort()).toEqual(figures.filter((o) => o.period === '2026').map((o) => o.value / 1000).sort());
      expect(planRows.length).toBeGreaterThan(0);
      await expect(plot.locator('.recharts-bar-rectangle')).toHaveCount(rows.length);
      // A label on two lines ("almost" over "1,500") reads as one text without the break.
      const squeeze = (t: unknown) => String(t).replace(/\s+/g, '');
      expect((await plot.locator('.chart-value-label').allTextContents()).map(squeeze)).toEqual(rows.map(labelOf).map(squeeze));
      // Plans (and only plans) have a dashed outline, and a label inside naming the status.
      await expect(plot.locator('.recharts-bar-rectangle path[stroke-dasharray]')).toHaveCount(planRows.length);
      const statuses = planRows.map((r) => planKeys.map((k) => r[`${k}_status`]).find((v) => typeof v === 'string'));
      expect(await plot.locator('.chart-status-label').allTextContents()).toEqual(statuses);
      for (const status of statuses) expect(Object.values(MESSAGES[locale].charts.oilVolumes.status)).toContain(status);
      const legend = page.getByTestId('chart-oil-volumes').locator('li[data-kind="plan"]');
      await expect(legend).toHaveCount(planKeys.length);
      await expect(legend.first()).toHaveText(series.find((s) => s.kind === 'plan')!.label);
      const ticks = await plot.locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]').allTextContents();
      expect(ticks).toEqual(rows.map((r) => r.label));
    });
  }

  test('timeline: a marker per milestone, in date order', async ({ page }) => {
    await page.goto('/en/');
    const view = expectedView('timeline', 'en');
    const items = page.getByTestId('chart-timeline').getByTestId('timeline-item');
    await expect(items).toHaveCount(dataset.milestones.length);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-milestone')))).toEqual(view.chart.markers.map((m) => m.id));
  });
});

for (const locale of LOCALES) {
  test(`${locale}: the Middle Corridor's marks are the data's figures, one line per scope, plans and the target apart`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const view = expectedView('middle-corridor', locale);
    const card = page.getByTestId('chart-middle-corridor');
    await card.scrollIntoViewIfNeeded();
    expect(view.chart.panels.map((p) => p.panel)).toEqual(['tonnes', 'teu']);
    for (const panel of view.chart.panels) {
      const plot = card.getByTestId(`plot-corridor-${panel.panel}`);
      await plot.scrollIntoViewIfNeeded();
      const points = plot.getByTestId('corridor-point');
      await expect(points).toHaveCount(panel.series.reduce((n, s) => n + s.points.length, 0));
      const marks = await points.evaluateAll((els) =>
        els.map((e) => {
          const box = (e as SVGGraphicsElement).getBBox();
          return { id: e.getAttribute('data-observation')!, name: e.getAttribute('aria-label'), y: box.y + box.height / 2 };
        }),
      );
      // Each mark is its figure, named in the page's language, at the height its value gives.
      const scale = panel.panel === 'tonnes' ? 1e6 : 1e3;
      const expected = panel.series.flatMap((s) => s.points);
      expect(marks.map((m) => m.id).sort()).toEqual(expected.map((p) => p.observationId).sort());
      for (const m of marks) {
        const o = dataset.observations.find((x) => x.id === m.id)!;
        expect(m.name, m.id).toBe(expected.find((p) => p.observationId === m.id)!.label);
        expect(m.name, m.id).toContain(String(o.period));
      }
      const byValue = [...marks].sort((a, b) => dataset.observations.find((x) => x.id === a.id)!.value - dataset.observations.find((x) => x.id === b.id)!.value);
      for (let i = 1; i < byValue.length; i++) expect(byValue[i]!.y, `${byValue[i]!.id} above ${byValue[i - 1]!.id}`).toBeLessThanOrEqual(byValue[i - 1]!.y + 0.5);
      const top = byValue.at(-1)!;
      expect(dataset.observations.find((x) => x.id === top.id)!.value / scale).toBeLessThanOrEqual(panel.axis.max);
      // A line per scope and side (a lone year draws no line), never one across scopes; plans hollow, on no line; targets dotted.
      await expect(plot.getByTestId('corridor-plan')).toHaveCount(panel.plans.reduce((n, p) => n + p.points.length, 0));
      // A target far above the figures is written with its value above the plot, the axis staying the figures'.
      await expect(plot.locator('.recharts-reference-line')).toHaveCount(panel.targets.filter((tg) => tg.onScale).length);
      const above = panel.targets.filter((tg) => !tg.onScale);
      await expect(plot.getByTestId('corridor-target-above')).toHaveCount(above.length);
      for (const tg of above) {
        const mark = plot.locator(`[data-testid="corridor-target-above"][data-observation="${tg.key}"]`);
        await expect(mark).toHaveText(tg.mark);
        expect(tg.value).toBeGreaterThan(panel.axis.max);
      }
      const scopes = new Set(panel.series.map((s) => s.scope));
      expect(scopes.size).toBe(panel.series.length);
    }
    const t = translatorFor(locale);
    await expect(card).toContainText(t('charts.middleCorridor.scopes.port-of-baku'));
    await expect(card).toContainText(view.chart.panels[1]!.targets[0]!.label);
  });
}

for (const locale of LOCALES) {
  test(`${locale}: every chart's table, description and source line equal the data in the language's format`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    for (const id of CHART_IDS) {
      const view = expectedView(id, locale);
      const card = page.getByTestId(`chart-${id}`);
      await expect(card.getByRole('heading', { level: 3, name: view.title })).toBeVisible();
      await expect(card.getByTestId('chart-description')).toHaveText(view.description);
      await expect(card.getByTestId('chart-source')).toContainText(view.sourceLine);
      expect(await tableTexts(page, id)).toEqual(modelTexts(view));
    }
    // Independent of the view code: Kazakhstan's 2023 turnover and the article's 598.47, as Intl writes them.
    const trade = page.getByTestId('chart-trade-turnover');
    for (const [id, period, reporter] of [
      ['trade-turnover-2023-kz', '2023', 'KZ'],
      ['trade-turnover-2022-az', '2022', 'AZ'],
    ] as const) {
      const value = dataset.observations.find((o) => o.id === id)!.value;
      await expect(trade.locator(`tr[data-period="${period}"][data-reporter="${reporter}"] td`).nth(1)).toHaveText(formatNumber(value, locale));
    }
    // Cells after the year: side, outcome or plan, value, source, notes.
    await expect(page.getByTestId('chart-oil-volumes').locator('tr[data-observation="oil-aktau-to-baku-2023-kz"] td').nth(2)).toHaveText(formatNumber(1392, locale));
    await expect(page.getByTestId('chart-oil-volumes').locator('tr[data-observation="oil-aktau-to-baku-2026-plan-kz"] td').nth(1)).toHaveText(MESSAGES[locale].charts.oilVolumes.status.planned);
  });
}

test('the description says the trade figure, its side and the change in words', async ({ page }) => {
  await page.goto('/en/?reporter=KZ&to=2023');
  const kz2023 = dataset.observations.find((o) => o.id === 'trade-turnover-2023-kz')!.value;
  const kz2022 = dataset.observations.find((o) => o.id === 'trade-turnover-2022-kz-rev')!.value;
  const change = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format((kz2023 - kz2022) / kz2022);
  await expect(page.getByTestId('chart-trade-turnover').getByTestId('chart-description')).toHaveText(
    `Trade turnover reached USD ${kz2023} million in 2023 by Kazakhstan’s count, up ${change} on 2022. Part-year figures are shown separately.`,
  );
});

test('a link restores the view: Kazakhstan only, 2019–2024, tables, scrolled to the trade chart', async ({ page }) => {
  await page.goto('/en/?reporter=KZ&from=2019&to=2024&view=table#trade-turnover');
  const toolbar = page.getByTestId('charts-toolbar');
  await expect(toolbar.getByRole('radio', { name: MESSAGES.en.charts.toolbar.table })).toBeChecked();
  await expect(toolbar.getByRole('checkbox', { name: 'Kazakhstan' })).toBeChecked();
  await expect(toolbar.getByRole('checkbox', { name: 'Azerbaijan' })).not.toBeChecked();
  await expect(toolbar.getByRole('combobox', { name: MESSAGES.en.charts.toolbar.from })).toHaveValue('2019');
  await expect(toolbar.getByRole('combobox', { name: MESSAGES.en.charts.toolbar.to })).toHaveValue('2024');

  const filter: ChartFilter = { range: { from: 2019, to: 2024 }, reporters: ['KZ'] };
  const view = expectedView('trade-turnover', 'en', filter);
  const card = page.getByTestId('chart-trade-turnover');
  await expect(card.getByTestId('chart-filter-note')).toHaveText('Showing 2019–2024, reported by Kazakhstan.');
  await expect(card.getByTestId('chart-description')).toHaveText(view.description);
  await expect(card.getByTestId('chart-tables')).toHaveAttribute('data-visible', 'true');
  await expect(card.getByTestId('table-trade-turnover')).toBeVisible();
  await expect(card.getByTestId('chart-area')).toHaveCount(0);
  expect(await tableTexts(page, 'trade-turnover')).toEqual(modelTexts(view));
  const reporters = await card.locator('tbody tr[data-reporter]').evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-reporter')))]);
  expect(reporters).toEqual(['KZ']);
  await expect(card).toBeInViewport();
  // The oil chart follows the years but not the side (all its figures are Kazakh).
  expect(await tableTexts(page, 'oil-volumes')).toEqual(modelTexts(expectedView('oil-volumes', 'en', filter)));
});

test('a view rebuilt in the browser keeps the language’s formats (Azerbaijani and Kazakh too)', async ({ page }) => {
  // The browser's own Intl may not know az or kk (Chromium writes 2,500.47 there): the page must
  // still read exactly as the server would have written it.
  for (const locale of ['az', 'kk'] as const) {
    await page.goto(`/${locale}/?reporter=KZ&from=2018&to=2023`);
    const filter: ChartFilter = { range: { from: 2018, to: 2023 }, reporters: ['KZ'] };
    for (const id of CHART_IDS) {
      const view = expectedView(id, locale, filter);
      const card = page.getByTestId(`chart-${id}`);
      await expect(card.getByTestId('chart-filter-note')).toHaveText(view.filterNote!);
      await expect(card.getByTestId('chart-description')).toHaveText(view.description);
      expect(await tableTexts(page, id)).toEqual(modelTexts(view));
    }
    const kz2022 = dataset.observations.find((o) => o.id === 'trade-turnover-2022-kz-rev')!.value;
    await expect(page.locator('[data-testid="chart-trade-turnover"] tr[data-period="2022"][data-reporter="KZ"] td').nth(1)).toHaveText(formatNumber(kz2022, locale));
    // Axis labels too: thousand tonnes on the oil chart, grouped the language's way.
    const oil = expectedView('oil-volumes', locale, filter);
    await page.getByTestId('plot-oil-annual').scrollIntoViewIfNeeded();
    const ticks = page.getByTestId('plot-oil-annual').locator('text.recharts-cartesian-axis-tick-value[orientation="left"]');
    await expect(ticks).toHaveText(oil.chart.axis.ticks.map((t) => t.label));
    expect(oil.chart.axis.ticks.map((t) => t.label)).toContain(formatNumber(2500, locale));
  }
});

test('the controls write the view into the address, keeping the #hash, and a reload restores it', async ({ page }) => {
  await page.goto('/en/#investment-flows');
  const toolbar = page.getByTestId('charts-toolbar');
  await toolbar.getByRole('checkbox', { name: 'Azerbaijan' }).uncheck();
  await expect(page).toHaveURL(/\/en\/\?reporter=KZ#investment-flows$/);
  // The last selected side cannot be unticked.
  await expect(toolbar.getByRole('checkbox', { name: 'Kazakhstan' })).toBeDisabled();
  await toolbar.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await toolbar.getByRole('combobox', { name: 'To' }).selectOption('2024');
  await toolbar.getByRole('radio', { name: 'Tables' }).check();
  await expect(page).toHaveURL(/\/en\/\?reporter=KZ&from=2019&to=2024&view=table#investment-flows$/);
  const table = page.getByTestId('chart-investment-flows').getByTestId('table-investment');
  await expect(table).toBeVisible();
  await page.reload();
  await expect(table).toBeVisible();
  await expect(page.getByTestId('chart-investment-flows').getByTestId('chart-filter-note')).toHaveText('Showing 2019–2024, reported by Kazakhstan.');
  // The language switcher carries the view to the other language.
  await expect(page.getByRole('navigation', { name: MESSAGES.en.nav.language }).getByRole('link', { name: 'Русский' })).toHaveAttribute('href', /\/ru\/\?reporter=KZ&from=2019&to=2024&view=table#investment-flows$/);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/en\/\?view=table#investment-flows$/);
});

test('invalid values fall back to the default view silently and are never echoed', async ({ page }) => {
  const script = '<script id="injected">window.__pwned=1</script>';
  const img = '<img id="injected-img" src=x onerror="window.__pwned=1">';
  await page.goto(`/en/?reporter=${encodeURIComponent(script)}&from=abc&to=1800&view=${encodeURIComponent(img)}&from=2019`);
  const toolbar = page.getByTestId('charts-toolbar');
  await expect(toolbar.getByRole('checkbox', { name: 'Azerbaijan' })).toBeChecked();
  await expect(toolbar.getByRole('checkbox', { name: 'Kazakhstan' })).toBeChecked();
  await expect(toolbar.getByRole('combobox', { name: 'From' })).toHaveValue(String(bounds.min));
  await expect(toolbar.getByRole('combobox', { name: 'To' })).toHaveValue(String(bounds.max));
  await expect(toolbar.getByRole('radio', { name: 'Charts' })).toBeChecked();
  await expect(page.getByTestId('chart-filter-note')).toHaveCount(0);
  await expect(page.getByTestId('chart-trade-turnover').getByTestId('chart-description')).toHaveText(expectedView('trade-turnover', 'en').description);
  await expect(page.locator('#injected, #injected-img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const text = await page.locator('body').innerText();
  for (const raw of ['abc', '1800', 'script', 'onerror']) expect(text).not.toContain(raw);
});

test('a range without figures says so in words instead of drawing empty axes', async ({ page }) => {
  await page.goto('/en/?from=2005&to=2010');
  const filter: ChartFilter = { range: { from: 2005, to: 2010 }, reporters: ['AZ', 'KZ'] };
  for (const id of ['trade-turnover', 'investment-flows', 'oil-volumes'] as const) {
    const card = page.getByTestId(`chart-${id}`);
    await expect(card.getByTestId('chart-empty')).toHaveText(expectedView(id, 'en', filter).empty!);
    await expect(card.getByTestId('chart-empty')).toContainText('No figures for 2005–2010');
    await expect(card.locator('.recharts-surface')).toHaveCount(0);
  }
  // The timeline has milestones in those years and shows only them.
  await expect(page.getByTestId('chart-timeline').getByTestId('timeline-item')).toHaveCount(expectedView('timeline', 'en', filter).chart.markers.length);
});

test('one side with nothing to show says which side and which years', async ({ page }) => {
  await page.goto('/en/?reporter=KZ&from=2020&to=2021');
  await expect(page.getByTestId('chart-trade-turnover').getByTestId('chart-empty')).toHaveText('No figures reported by Kazakhstan for 2020–2021. Select the other side to see this chart.');
});

test('the timeline is keyboard-navigable and shows the focused milestone', async ({ page }) => {
  await page.goto('/en/');
  const view = expectedView('timeline', 'en');
  const items = page.getByTestId('chart-timeline').getByTestId('timeline-item');
  const detail = page.getByTestId('chart-timeline').getByTestId('timeline-detail');
  await expect(page.getByTestId('chart-timeline').locator('[data-testid="timeline-item"][tabindex="0"]')).toHaveCount(1);
  await items.first().focus();
  await expect(detail).toContainText(view.chart.markers[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(items.nth(1)).toBeFocused();
  await expect(detail).toContainText(view.chart.markers[1]!.dateLabel);
  await expect(detail).toContainText(view.chart.markers[1]!.title);
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await expect(detail).toContainText(view.chart.markers.at(-1)!.title);
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAttribute('tabindex', '0');
  await expect(items.nth(1)).toHaveAttribute('tabindex', '-1');
  // Screen readers get an ordered list whose items read "date: title".
  await expect(page.getByRole('list', { name: MESSAGES.en.charts.timeline.listLabel })).toBeVisible();
  await expect(items.nth(1)).toHaveAccessibleName(view.chart.markers[1]!.label);
});

test('the tooltip gives the flows, balance and change on the previous year', async ({ page }) => {
  await page.goto('/en/');
  const plot = page.getByTestId('plot-trade-years');
  const bars = plot.locator('.recharts-bar-rectangle');
  // The plot draws when it nears the viewport (the trade chart's view control puts it lower on the page).
  await plot.scrollIntoViewIfNeeded();
  await expect(bars.first()).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  const view = expectedView('trade-turnover', 'en');
  const index = view.chart.years.rows.findIndex((r) => r.label === '2023');
  const box = (await plot.boundingBox())!;
  // Hover over the middle of the 2023 category.
  const x = box.x + 60 + ((box.width - 60) * (index + 0.5)) / view.chart.years.rows.length;
  await page.mouse.move(x, box.y + box.height / 2);
  const tooltip = plot.locator('.recharts-tooltip-wrapper');
  for (const line of view.chart.years.tooltips[view.chart.years.rows[index]!.key]!.sections[0]!.lines) await expect(tooltip).toContainText(line);
  await expect(tooltip).toContainText('Change on 2022: +14.3%');
});

test('nothing moves while the charts load (cumulative layout shift under 0.01)', async ({ page }) => {
  await page.goto('/en/');
  // Read down the page as a reader would: each plot loads as it comes near and draws into its
  // reserved frame.
  await scrollThrough(page);
  await expect(page.getByTestId('plot-oil-running').getByTestId('running-point').first()).toBeAttached();
  await page.waitForTimeout(300);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('a chart whose code cannot load says so in its card and shows its table; the rest of the page works', async ({ page }) => {
  // The chart library's chunks fail to arrive (the network drops in a briefing room).
  const blocked: string[] = [];
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // The chart library's own chunk (a class name only recharts writes; our code never does).
    if (!body.includes('recharts-bar-rectangle')) return route.fulfill({ response, body });
    blocked.push(route.request().url());
    return route.abort('connectionfailed');
  });
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto('/en/');
  for (const id of ['trade-turnover', 'investment-flows', 'oil-volumes'] as const) {
    const card = page.getByTestId(`chart-${id}`);
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('chart-failed')).toContainText(MESSAGES.en.charts.common.failed);
    await expect(card.getByTestId('chart-tables').locator('table').first()).toBeVisible();
    expect(await tableTexts(page, id)).toEqual(modelTexts(expectedView(id, 'en')));
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(expectedView(id, 'en').title);
  }
  expect(blocked.length).toBeGreaterThan(0);
  // The timeline (plain HTML) and the rest of the page are untouched.
  await expect(page.getByTestId('chart-timeline').getByTestId('chart-failed')).toHaveCount(0);
  await expect(page.getByTestId('chart-timeline').getByTestId('timeline-item')).toHaveCount(expectedView('timeline', 'en').chart.markers.length);
  await expect(page.locator('h1')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart is readable as its table, and the controls that cannot work are hidden', async ({ page }) => {
    await page.goto('/ru/');
    await expect(page.getByTestId('charts-toolbar')).toBeHidden();
    for (const id of CHART_IDS) {
      const view = expectedView(id, 'ru');
      const card = page.getByTestId(`chart-${id}`);
      await card.scrollIntoViewIfNeeded();
      await expect(card.getByTestId('chart-area')).toBeHidden();
      await expect(card.getByTestId('chart-tables').locator('table').first()).toBeVisible();
      expect(await tableTexts(page, id)).toEqual(modelTexts(view));
      await expect(card.getByTestId('chart-description')).toHaveText(view.description);
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the timeline becomes a dated list and nothing is wider than the screen', async ({ page }) => {
    await page.goto('/kk/');
    const first = page.getByTestId('chart-timeline').getByTestId('timeline-item').first();
    await expect(first).toContainText(expectedView('timeline', 'kk').chart.markers[0]!.title);
    await expect(first).toBeVisible();
    await page.getByTestId('plot-trade-years').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const locale of LOCALES) {
  test(`${locale}: the trade chart's 2025 part-year bars, Kazakhstan's two 2023 figures and the gap view equal the data`, async ({ page }) => {
    const view = expectedView('trade-turnover', locale);
    const value = (id: string) => dataset.observations.find((o) => o.id === id)!.value;
    await page.goto(`/${locale}/#trade-turnover`);
    const card = page.getByTestId('chart-trade-turnover');
    await card.scrollIntoViewIfNeeded();
    // Azerbaijan's customs figures for Jan–Jul, Jan–Aug and Jan–Oct 2025, as Intl writes them.
    const parts = card.getByTestId('plot-trade-part-years');
    for (const id of ['trade-turnover-2025-01-07-az', 'trade-turnover-2025-01-08-az', 'trade-turnover-2025-01-10-az']) {
      await expect(parts.locator('.chart-value-label', { hasText: new RegExp(`^${formatNumber(value(id), locale)}$`) })).toHaveCount(1);
    }
    // Kazakhstan's 529.4 and its transport minister's 314 for 2023, both on the bar.
    await expect(card.getByTestId('plot-trade-years').locator('.chart-value-label', { hasText: `${formatNumber(value('trade-turnover-2023-kz'), locale)}\u00a0/\u00a0${formatNumber(value('trade-turnover-2023-kz-314'), locale)}` })).toHaveCount(1);
    // Azerbaijan's non-oil exports named under the part-year panel, and in their own table with period and side.
    await expect(card.getByTestId('trade-non-oil-note')).toHaveText(view.chart.partYears.nonOil!);
    await expect(card.getByTestId('trade-non-oil-note')).toContainText(formatNumber(value('trade-az-to-kz-non-oil-2025-01-10-az'), locale));
    const nonOil = card.getByTestId('table-trade-turnover-non-oil');
    await expect(nonOil.locator('tbody tr')).toHaveCount(4);
    await expect(nonOil.locator('tbody tr').last().locator('td').last()).toHaveText(formatNumber(value('trade-az-to-kz-non-oil-2025-01-10-az'), locale));

    // The gap view: one bar a period both sides reported, labelled with the computed difference.
    await page.goto(`/${locale}/?trade=gap#trade-turnover`);
    await card.scrollIntoViewIfNeeded();
    const gap = card.getByTestId('plot-trade-gap');
    await expect(gap.locator('.recharts-bar-rectangle')).toHaveCount(view.chart.gap.rows.length);
    expect(view.chart.gap.rows.length).toBe(3);
    await expect(gap.locator('.chart-value-label')).toHaveText(view.chart.gap.rows.map((r) => r.gapLabel));
    // Independent of the view code: 2024 is Kazakhstan's 533.4 minus Azerbaijan's 470.
    const diff2024 = Number((value('trade-turnover-2024-kz') - value('trade-turnover-2024-az')).toFixed(3));
    await expect(gap.locator('.chart-value-label', { hasText: `+${formatNumber(diff2024, locale)}` })).toHaveCount(1);
    await expect(card.getByTestId('plot-trade-years')).toHaveCount(0);
    await expect(card.getByTestId('trade-gap')).toContainText(view.chart.gap.note);
    const gapTable = card.getByTestId('table-trade-turnover-gap');
    await expect(gapTable.locator('tr[data-gap="2024"] td').nth(2)).toHaveText(`+${formatNumber(diff2024, locale)}`);
  });
}

test('the trade chart’s view control works by keyboard and keeps the choice in the address', async ({ page }) => {
  await page.goto('/ru/?reporter=AZ&reporter=KZ#trade-turnover');
  const card = page.getByTestId('chart-trade-turnover');
  const control = card.getByTestId('trade-view-control');
  const sides = control.locator('input[value="sides"]');
  const gap = control.locator('input[value="gap"]');
  await expect(control.locator('legend')).toHaveText(MESSAGES.ru.charts.tradeTurnover.gap.control);
  await expect(sides).toBeChecked();
  // Tab reaches the group from the control before it, as a reader would.
  await card.getByTestId('export-button').focus();
  for (let i = 0; i < 5 && !(await sides.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(sides).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(gap).toBeChecked();
  await expect(page).toHaveURL(/[?&]trade=gap(&|#|$)/);
  await expect(card.getByTestId('plot-trade-gap').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(card.getByTestId('plot-trade-years')).toHaveCount(0);
  // The table view and the filters keep it; the language switcher carries it.
  await expect(page.locator('a[hreflang="kk"]')).toHaveAttribute('href', /trade=gap/);
  await page.keyboard.press('ArrowLeft');
  await expect(sides).toBeChecked();
  await expect(page).not.toHaveURL(/trade=/);
  await expect(card.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('a bad trade view in the address falls back to each side’s bars, silently', async ({ page }) => {
  for (const bad of ['gaps', '%3Cscript%3E', 'gap&trade=gap', 'table']) {
    await page.goto(`/en/?trade=${bad}#trade-turnover`);
    const card = page.getByTestId('chart-trade-turnover');
    await expect(card.getByTestId('trade-view-control').locator('input[value="sides"]')).toBeChecked();
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('plot-trade-years').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(card.getByTestId('trade-gap')).toHaveCount(0);
  }
});
