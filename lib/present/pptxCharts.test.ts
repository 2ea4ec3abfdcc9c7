import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { buildChartView, findYearBounds, selectChartData } from '../charts/build';
import { CHART_IDS } from '../charts/registry';
import { LOCALES, type Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { PAINTS } from '../charts/style';
import { SLIDE_IDS } from './deck';
import { exportPartPage } from '../export/parts';
import { CHART_SLIDE, PPTX_TEXT, PPTX_TYPE, chartBoxes, chartLegendLayout, flowLegend, dashOf, lightHex, placePicture, pptxChartArgs, seriesLooksOf, slideFilter } from './pptxCharts';
import { chartPanels, pptxSlideSource, type PptxSlideSource } from './pptxRegistry';
import { SLIDE_DEFINITIONS, pageOf } from './slides';
import { PPTX_SLIDE } from './pptxLayout';
import { measureTextWidth } from '../map/textWidth';

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const t = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
const view = (id: (typeof CHART_IDS)[number], locale: Locale = 'en', filter = slideFilter({}, bounds)) => buildChartView(id, { data, filter, bounds, locale, t: t(locale) });
const reporterColorOf = (side: 'kzHigher' | 'azHigher') => PAINTS[side === 'kzHigher' ? 'kz-main' : 'az-main'].light.slice(1).toUpperCase();
const obs = (id: string) => {
  const o = dataset.observations.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe('which .pptx slide each deck slide becomes', () => {
  it('each chart slide one panel natively, the map and the timeline pages as pictures, the rest as text', () => {
    expect(pptxSlideSource('trade-years')).toEqual({ kind: 'chart', chartId: 'trade-turnover', panel: 'trade-years', slidePanel: 'years' });
    expect(pptxSlideSource('trade-part-years')).toEqual({ kind: 'chart', chartId: 'trade-turnover', panel: 'trade-part-years', slidePanel: 'partYears' });
    expect(pptxSlideSource('trade-gap')).toEqual({ kind: 'chart', chartId: 'trade-turnover', panel: 'trade-gap', slidePanel: 'gap' });
    expect(pptxSlideSource('investment-az-to-kz')).toEqual({ kind: 'chart', chartId: 'investment-flows', panel: 'investment-azToKz', slidePanel: 'azToKz' });
    expect(pptxSlideSource('investment-kz-to-az')).toEqual({ kind: 'chart', chartId: 'investment-flows', panel: 'investment-kzToAz', slidePanel: 'kzToAz' });
    expect(pptxSlideSource('investment-companies')).toEqual({ kind: 'chart', chartId: 'investment-flows', panel: 'investment-companies', slidePanel: 'companies' });
    expect(pptxSlideSource('oil-annual')).toEqual({ kind: 'chart', chartId: 'oil-volumes', panel: 'oil-annual', slidePanel: 'annual' });
    expect(pptxSlideSource('oil-running')).toEqual({ kind: 'chart', chartId: 'oil-volumes', panel: 'oil-running', slidePanel: 'running' });
    expect(pptxSlideSource('route-map')).toEqual({ kind: 'map' });
    expect(pptxSlideSource('timeline-2')).toEqual({ kind: 'pages', chartId: 'timeline', page: 2, pages: 3 });
    expect(pptxSlideSource('title')).toEqual({ kind: 'text' });
    expect(pptxSlideSource('headlines')).toEqual({ kind: 'text' });
  });
  it('every chart slide of the deck is one chart of the data, and no two slides draw the same panel', () => {
    const panels = SLIDE_IDS.map(pptxSlideSource).flatMap((s) => (s.kind === 'chart' ? [s] : []));
    expect(new Set(panels.map((p) => p.panel)).size).toBe(panels.length);
    for (const p of panels) expect(chartPanels(view(p.chartId), [p.panel])).toHaveLength(1);
  });
  it('takes the slide options as the slide does, clamped to the data', () => {
    expect(slideFilter({}, { min: 2010, max: 2024 })).toEqual({ range: { from: 2010, to: 2024 }, reporters: ['AZ', 'KZ'] });
    expect(slideFilter({ reporters: ['KZ'], from: 1990, to: 2030 }, { min: 2010, max: 2024 })).toEqual({ range: { from: 2010, to: 2024 }, reporters: ['KZ'] });
  });
});

describe('chart specs from the chart views', () => {
  it("trade: one horizontal bar per side and period, the directions stacked, each part a series in its side's tones", () => {
    const v = view('trade-turnover');
    if (v.id !== 'trade-turnover') throw new Error();
    const charts = chartPanels(v);
    expect(charts.map((c) => c.panel)).toEqual(['trade-years', 'trade-part-years', 'trade-gap']);
    const years = charts[0]!;
    expect(years).toMatchObject({ type: 'bar', direction: 'bar', stacked: true });
    const part = (reporter: 'AZ' | 'KZ', key: 'kzToAz' | 'azToKz' | 'total') => years.series.find((s) => s.name === `${MESSAGES.en.reportedBy[reporter]} · ${MESSAGES.en.charts.tradeTurnover[key]}`)!;
    // Rows bottom to top: 2024 first. KZ 2024 published only the turnover; KZ 2022 both directions.
    const row = (label: string, reporter: 'AZ' | 'KZ') => years.categories.findIndex((c, i) => c.startsWith(label) && years.series.some((s) => s.name.startsWith(MESSAGES.en.reportedBy[reporter]) && s.values[i] !== null));
    // Where both sides have a bar for a period, each row names its side, as on the deck's slide.
    expect(years.categories[0]).toBe(`2024 · ${MESSAGES.en.reporters.KZ}`);
    expect(part('KZ', 'total').values[row('2024', 'KZ')]).toBe(obs('trade-turnover-2024-kz').value);
    expect(part('KZ', 'kzToAz').values[row('2022', 'KZ')]).toBe(375.3);
    expect(part('KZ', 'azToKz').values[row('2022', 'KZ')]).toBe(88.3);
    expect(part('KZ', 'total').values[row('2022', 'KZ')]).toBeNull();
    expect(part('KZ', 'total').color).toBe(PAINTS['kz-main'].light.slice(1).toUpperCase());
    expect(part('KZ', 'kzToAz').color).toBe(PAINTS['kz-dark'].light.slice(1).toUpperCase());
    expect(part('AZ', 'azToKz').color).toBe(PAINTS['az-light'].light.slice(1).toUpperCase());
    // Kazakhstan's parts are hatched as on the screen (white lines on the main and dark tones, brown on the light one); Azerbaijan's are plain.
    expect(part('KZ', 'total').hatch).toBe('FFFFFF');
    expect(part('KZ', 'kzToAz').hatch).toBe('FFFFFF');
    expect(part('KZ', 'azToKz').hatch).toBe(PAINTS['kz-hatch-light'].light.slice(1).toUpperCase());
    expect(part('AZ', 'total').hatch).toBeNull();
    expect(seriesLooksOf(years).get(part('KZ', 'total').name)).toEqual({ pattern: { preset: 'dkUpDiag', fg: 'FFFFFF', bg: part('KZ', 'total').color } });
    expect(seriesLooksOf(years).has(part('AZ', 'total').name)).toBe(false);
    // A split bar's published turnover at its end, as the screen writes it: a label carrier with no length, after the parts.
    const carrier = years.series.at(-1)!;
    expect(carrier).toMatchObject({ role: 'label', name: MESSAGES.en.charts.tradeTurnover.table.turnover, type: 'bar' });
    const kz2022 = row('2022', 'KZ');
    const published = v.chart.years.rows.find((r) => r.label === '2022')!;
    expect(carrier.values[kz2022]).toBe(0);
    expect(carrier.labelTexts![kz2022]).toBe(published['KZ_azToKz_label']);
    expect(carrier.labelTexts![kz2022]).toMatch(/^463\.6$|463/);
    // Whole bars carry their own label; no carrier label there.
    expect(carrier.labelTexts![row('2024', 'KZ')]).toBeNull();
    expect(part('KZ', 'total').labelTexts![row('2024', 'KZ')]).toBe(v.chart.years.rows.find((r) => r.label === '2024')!['KZ_total_label']);
    expect(seriesLooksOf(years).get(carrier.name)).toEqual({ hidden: true, labelPosition: 'inBase' });
    expect(years.altText).not.toContain(`. ${carrier.name}:`);
    // One side per row: a row's values are all of one side.
    for (let i = 0; i < years.categories.length; i++) expect(new Set(years.series.filter((s) => s.role !== 'label' && s.values[i] !== null).map((s) => s.name.split(' · ')[0])).size).toBe(1);
    // As many rows as the deck's slide shows (one per side and period).
    expect(years.categories).toHaveLength(v.chart.years.rows.reduce((n, r) => n + Math.max(1, v.chart.years.series.filter((s) => Object.keys(r).some((k) => k.startsWith(`${s.reporter}_`) && !k.endsWith('_label') && r[k] != null)).length), 0));
    expect(years.valueTitle).toBe(v.unitLabel);
    expect(years.altText).toContain(String(obs('trade-turnover-2024-kz').value));
    // The deck's legend (sides, then the parts of a bar) as text; the chart's own legend off.
    expect(years.legend!.flat().map((i) => i.label)).toEqual([
      MESSAGES.en.reportedBy.AZ,
      MESSAGES.en.reportedBy.KZ,
      MESSAGES.en.reportedBy.unknown,
      MESSAGES.en.charts.tradeTurnover.kzToAz,
      MESSAGES.en.charts.tradeTurnover.azToKz,
      MESSAGES.en.charts.tradeTurnover.total,
    ]);
    expect(pptxChartArgs(years).options.showLegend).toBe(false);
    const boxes = chartBoxes(years);
    expect(pptxChartArgs(years).options.y).toBe(boxes.chart.y);
    expect(boxes.chart.y).toBeGreaterThan(boxes.legend!.y + boxes.legend!.h);
    expect(boxes.chart.y + boxes.chart.h).toBeCloseTo(CHART_SLIDE.body.y + CHART_SLIDE.body.h, 6);
  });
  it('trade gap: one bar a period from zero, in the higher side\'s colour, labelled as the screen writes it, on an axis through zero', () => {
    for (const locale of LOCALES) {
      const v = view('trade-turnover', locale);
      if (v.id !== 'trade-turnover') throw new Error();
      const [gap] = chartPanels(v, ['trade-gap']);
      expect(gap, locale).toMatchObject({ type: 'bar', direction: 'bar', overlap: true, stacked: false, heading: v.chart.gap.heading });
      // Periods bottom to top, as the other horizontal panels.
      expect(gap!.categories).toEqual([...v.chart.gap.rows].reverse().map((r) => r.label));
      // Each period one bar (one side's series), its value the computed difference, its label the screen's.
      const bars = gap!.series.filter((s) => s.role === 'data');
      gap!.categories.forEach((_, i) => expect(bars.filter((s) => s.values[i] !== null)).toHaveLength(1));
      const byLabel = new Map(v.chart.gap.rows.map((r) => [r.label, r]));
      // A bar below zero is labelled right of zero (an invisible carrier at zero), as on the screen; one above, at its end.
      const carrier = gap!.series.find((s) => s.role === 'label')!;
      gap!.categories.forEach((c, i) => {
        const row = byLabel.get(c)!;
        expect(carrier.values[i]).toBe(row.gap < 0 ? 0 : null);
        expect(carrier.labelTexts![i]).toBe(row.gap < 0 ? row.gapLabel : null);
      });
      expect(seriesLooksOf(gap!).get(carrier.name)).toEqual({ hidden: true });
      for (const s of bars) {
        expect(s.labels).toBe(s.values.some((x) => x !== null && x > 0));
        s.values.forEach((value, i) => {
          if (value === null) return;
          const row = byLabel.get(gap!.categories[i]!)!;
          expect(value).toBe(row.gap);
          expect(s.labelTexts?.[i]).toBe(row.gapLabel);
          expect(s.color).toBe(reporterColorOf(row.side));
        });
      }
      expect(gap!.valueMin).toBeLessThanOrEqual(Math.min(0, ...v.chart.gap.rows.map((r) => r.gap)));
      expect(gap!.valueMax).toBeGreaterThanOrEqual(Math.max(...v.chart.gap.rows.map((r) => r.gap)));
    }
    // 2024: Kazakhstan's 533.4 against Azerbaijan's 470, both from the dataset.
    const v = view('trade-turnover');
    if (v.id !== 'trade-turnover') throw new Error();
    const [gap] = chartPanels(v, ['trade-gap']);
    const at = gap!.categories.indexOf('2024');
    const kz = gap!.series.find((s) => s.role === 'data' && s.values[at] !== null)!;
    expect(kz.values[at]).toBeCloseTo(obs('trade-turnover-2024-kz').value - obs('trade-turnover-2024-az').value, 6);
    expect(kz.color).toBe(PAINTS['kz-main'].light.slice(1).toUpperCase());
    // Bars below zero put the periods at the plot's left edge, not at zero over those bars.
    const args = pptxChartArgs(gap!);
    expect(args.options.valAxisMinVal).toBe(gap!.valueMin);
    expect(args.options.catAxisLabelPos).toBe(gap!.valueMin! < 0 ? 'low' : undefined);
    expect(pptxChartArgs(chartPanels(v, ['trade-years'])[0]!).options.catAxisLabelPos).toBeUndefined();
  });
  it('horizontal bars: the value axis runs on by whole steps until the labels past the bars\' ends fit ("529,4 / 314" in kk)', () => {
    for (const locale of LOCALES) {
      const v = view('trade-turnover', locale);
      const [years] = chartPanels(v, ['trade-years']);
      const args = pptxChartArgs(years!);
      const max = args.options.valAxisMaxVal as number;
      const layout = args.options.layout as { x: number; w: number };
      const box = chartBoxes(years!).chart;
      const plotIn = layout.w * box.w;
      const rightIn = (1 - layout.x - layout.w) * box.w;
      // Every label carrier's text, measured as LibreOffice's wider face draws it, ends inside the chart.
      const carrier = years!.series.find((s) => s.role === 'label')!;
      carrier.labelTexts!.forEach((text, i) => {
        if (text === null) return;
        const end = years!.series.filter((s) => s.type === 'bar').reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
        expect(end + ((measureTextWidth(text, { size: PPTX_TYPE.chart }) * 1.15) / 72 - rightIn) * (max / plotIn), `${locale} ${text}`).toBeLessThanOrEqual(max);
      });
      expect(max).toBeGreaterThanOrEqual(years!.valueMax);
      expect((max - years!.valueMax) % 100).toBe(0);
    }
    // kk writes "529,4 / 314" at 2023's bar, whose parts end near the axis's end: one step more.
    const [kk] = chartPanels(view('trade-turnover', 'kk'), ['trade-years']);
    expect(pptxChartArgs(kk!).options.valAxisMaxVal).toBeGreaterThan(kk!.valueMax);
  });
  it('oil: bars per year and running lines, the agreed volumes as constant reference series', () => {
    const v = view('oil-volumes');
    if (v.id !== 'oil-volumes') throw new Error();
    const charts = chartPanels(v);
    expect(charts.map((c) => c.panel)).toEqual(['oil-annual', 'oil-running']);
    for (const c of charts) {
      const refs = c.series.filter((s) => s.role === 'reference');
      expect(refs.map((r) => r.name)).toEqual(v.chart.references.map((r) => r.label));
      for (const [i, r] of refs.entries()) expect(new Set(r.values)).toEqual(new Set([v.chart.references[i]!.value]));
      for (const r of refs) expect(r.dash).not.toBe('solid');
    }
    const running = charts[1]!;
    const lines = running.series.filter((s) => s.role === 'data');
    expect(new Set(lines.map((l) => l.color)).size).toBe(lines.length);
    expect(lines.some((l) => l.dash !== 'solid')).toBe(true);
  });
  it('oil: a label wider than its column goes above it, and a plan with no fill is labelled in the text colour (every language)', () => {
    for (const locale of LOCALES) {
      const v = view('oil-volumes', locale);
      const [annual] = chartPanels(v, ['oil-annual']);
      const looks = seriesLooksOf(annual!);
      const moved = annual!.series.flatMap((s) => (looks.get(s.name)?.outside?.points ?? []).map((i) => s.labelTexts![i]!));
      // The qualified figure ("almost 1,500", "шамамен 1 500") is too wide for a column at 16 pt; plain ones ("1,392") are not.
      expect(moved.some((t) => /\d/.test(t) && /[^\d\s.,\u00a0\u202f]/.test(t)), locale).toBe(true);
      expect(moved.every((t) => measureTextWidth(t, { size: PPTX_TYPE.chart }) > measureTextWidth('1,392', { size: PPTX_TYPE.chart })), locale).toBe(true);
      for (const s of annual!.series.filter((x) => x.outline && !x.outline.fill)) expect(looks.get(s.name)?.labelColor, `${locale} ${s.name}`).toBe(PPTX_TEXT.title);
    }
  });
  it('a chart with its own legend (lines, points, columns) keeps one legend line per entry below the plot, in every language', () => {
    for (const locale of LOCALES) {
      for (const id of CHART_IDS) {
        for (const chart of chartPanels(view(id, locale))) {
          const box = chartBoxes(chart).chart;
          const layout = chartLegendLayout(chart, box);
          if (chart.legend !== null || (chart.type === 'bar' && chart.direction === 'bar')) {
            expect(layout, `${locale} ${chart.panel}`).toBeNull();
            continue;
          }
          const entries = chart.series.filter((s) => s.role !== 'label').length;
          expect(layout!.legend.h * box.h, `${locale} ${chart.panel}`).toBeGreaterThanOrEqual(Math.min(0.6 * box.h, entries * 0.36));
          // The plot lies above the legend, with room left for the category labels.
          expect(layout!.plot.y + layout!.plot.h).toBeLessThan(layout!.legend.y);
          expect(layout!.plot.h).toBeGreaterThan(0.2);
          expect(pptxChartArgs(chart).options.layout).toEqual(layout!.plot);
        }
      }
    }
  });
  it('investment: one horizontal bar chart per direction and the companies as points', () => {
    const v = view('investment-flows');
    if (v.id !== 'investment-flows') throw new Error();
    const charts = chartPanels(v);
    expect(charts.map((c) => c.panel)).toEqual(['investment-kzToAz', 'investment-azToKz', 'investment-companies']);
    const first = charts[0]!;
    expect(first.direction).toBe('bar');
    // Each category has exactly one side's value: the bars overlap, none is thinned.
    for (let i = 0; i < first.categories.length; i++) expect(first.series.filter((s) => s.values[i] !== null)).toHaveLength(1);
    expect(first.series.flatMap((s) => s.values.filter((x) => x !== null)).sort()).toEqual(v.chart.panels[0]!.rows.map((r) => r.value).sort());
    // Each bar keeps the label the deck writes, qualifier included ("~100", ">200").
    const labelled = charts.flatMap((c) => c.series.flatMap((s) => (s.labelTexts ?? []).filter((t): t is string => t !== null)));
    expect(labelled).toEqual(expect.arrayContaining([...v.chart.panels.flatMap((p) => p.rows.map((r) => r.valueLabel)), ...v.chart.companies.points.map((p) => p.label)]));
    expect(labelled.some((t) => /^[~>]/.test(t))).toBe(true);
    const companies = charts[2]!;
    expect(companies.type).toBe('scatter');
    expect(companies.xValues).toEqual(v.chart.companies.points.map((p) => p.x));
  });
  it('every labelled value carries the text the deck writes (no number left to PowerPoint’s own format), in every language', () => {
    for (const locale of LOCALES) {
      for (const id of CHART_IDS) {
        for (const chart of chartPanels(view(id, locale))) {
          for (const s of chart.series.filter((x) => x.labels && x.role === 'data')) {
            s.values.forEach((v, i) => {
              if (v !== null) expect(s.labelTexts?.[i], `${locale} ${chart.panel} ${s.name} #${i}`).toEqual(expect.any(String));
            });
          }
        }
      }
    }
  });
  it('only the panels asked for, and none for an empty view', () => {
    expect(chartPanels(view('trade-turnover'), ['trade-part-years']).map((c) => c.panel)).toEqual(['trade-part-years']);
    expect(chartPanels(view('trade-turnover', 'en', { range: { from: 1990, to: 1991 }, reporters: ['AZ'] }))).toEqual([]);
    expect(chartPanels(view('timeline'))).toEqual([]);
  });
  it('follows the slide options (one side only)', () => {
    const kzOnly = slideFilter({ reporters: ['KZ'] }, bounds);
    const charts = chartPanels(view('trade-turnover', 'en', kzOnly));
    expect(charts[0]!.series.length).toBeGreaterThan(0);
    for (const s of charts[0]!.series) if (s.role !== 'label') expect(s.name.startsWith(`${MESSAGES.en.reportedBy.KZ} · `)).toBe(true);
  });
  for (const locale of LOCALES) {
    it(`every series of every chart has a name, values and a colour that is not black (${locale})`, () => {
      for (const id of CHART_IDS) {
        for (const c of chartPanels(view(id, locale))) {
          expect(c.categories.every((x) => x.length > 0)).toBe(true);
          for (const s of c.series) {
            expect(s.name.length).toBeGreaterThan(0);
            expect(s.color).toMatch(/^[0-9A-F]{6}$/);
            expect(s.color).not.toBe('000000');
            expect(s.values.length).toBe(c.type === 'scatter' ? c.xValues.length : c.categories.length);
            // A reference far above the figures (the corridor's 2029 target) keeps the axis theirs: named in the legend, no line.
            if (s.role !== 'reference') expect(s.values.some((x) => x !== null), s.name).toBe(true);
          }
        }
      }
    });
  }
});

describe('pptxgenjs arguments', () => {
  it('bars in one type with their colours, each line its own type with colour, dash and marker', () => {
    const v = view('oil-volumes');
    const running = chartPanels(v)[1]!;
    const { types, options } = pptxChartArgs(running);
    expect(types.every((x) => x.type === 'line')).toBe(true);
    expect(types).toHaveLength(running.series.length);
    expect(types.map((x) => (x.options.chartColors as string[])[0])).toEqual(running.series.map((s) => s.color));
    expect(options.valAxisTitle).toBe(v.unitLabel);
    const annual = pptxChartArgs(chartPanels(v)[0]!);
    expect(annual.types[0]!.type).toBe('bar');
    expect(annual.types[0]!.options.showValue).toBe(true);
  });
  it('flows a legend into as few lines of the body as its words allow', () => {
    const item = (label: string) => ({ label, color: '0072B2' });
    expect(flowLegend([[item('A'), item('B')], [item('C')]])).toHaveLength(1);
    const long = Array.from({ length: 6 }, (_, i) => item(`${'Қазақстан тарапының деректері'} ${i}`));
    const lines = flowLegend([long]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.flat()).toEqual(long);
    const boxes = chartBoxes({ legend: lines });
    expect(boxes.legend!.h).toBeGreaterThanOrEqual(lines.length * 0.3);
  });
  it('horizontal bars: a label column as wide as the longest label, the plot inside the chart', () => {
    for (const locale of LOCALES) {
      for (const id of ['trade-turnover', 'investment-flows'] as const) {
        for (const c of chartPanels(view(id, locale)).filter((x) => x.direction === 'bar')) {
          const { options } = pptxChartArgs(c);
          const layout = options.layout as { x: number; y: number; w: number; h: number };
          expect(layout.x + layout.w).toBeLessThanOrEqual(1);
          expect(layout.y + layout.h).toBeLessThanOrEqual(1);
          expect(layout.w).toBeGreaterThan(0.45);
          // A 14 pt character is about 0.1 in: the column holds the longest label on one line.
          const longest = Math.max(...c.categories.map((x) => x.length));
          expect(layout.x * (options.w as number)).toBeGreaterThan(Math.min(longest * 0.07, 0.45 * (options.w as number) - 0.01));
        }
      }
    }
  });
  it('chart text is at least 14 pt and titles larger', () => {
    const { options } = pptxChartArgs(chartPanels(view('trade-turnover'))[0]!);
    for (const key of ['legendFontSize', 'catAxisLabelFontSize', 'valAxisLabelFontSize', 'dataLabelFontSize', 'valAxisTitleFontSize']) expect(options[key]).toBeGreaterThanOrEqual(14);
    expect(PPTX_TYPE.title).toBeGreaterThan(PPTX_TYPE.chart);
    expect(PPTX_TYPE.source).toBeGreaterThanOrEqual(14);
  });
  it('boxes lie inside the slide, in order from top to bottom', () => {
    const boxes = [CHART_SLIDE.title, CHART_SLIDE.subtitle, CHART_SLIDE.body, CHART_SLIDE.source];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(PPTX_SLIDE.width);
      expect(b.y + b.h).toBeLessThanOrEqual(PPTX_SLIDE.height);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.h - 1e-9);
  });
  it('places a picture under the title, laid out so that its smallest text is at least 14 pt', () => {
    for (const withSubtitle of [true, false]) {
      const { box, layout } = placePicture({ ratio: 1.6, withSubtitle, smallestPx: 13 });
      expect(box.w / box.h).toBeCloseTo(1.6, 5);
      expect(box.y).toBeGreaterThanOrEqual(withSubtitle ? CHART_SLIDE.subtitle.y + CHART_SLIDE.subtitle.h : CHART_SLIDE.title.y + CHART_SLIDE.title.h);
      expect(box.y + box.h).toBeLessThanOrEqual(CHART_SLIDE.source.y + 1e-9);
      expect(box.x + box.w).toBeLessThanOrEqual(PPTX_SLIDE.width);
      expect(((box.w * 72) / layout.width) * 13).toBeGreaterThanOrEqual(14);
      expect(layout.width / layout.height).toBeCloseTo(1.6, 1);
    }
  });
  it("draws each timeline page with the deck's own split of the milestones (13 + 13, not a cut at a year)", () => {
    const v = view('timeline');
    if (v.id !== 'timeline') throw new Error();
    const timelineSlides = SLIDE_IDS.map((id) => pptxSlideSource(id)).filter((s): s is Extract<PptxSlideSource, { kind: 'pages' }> => s.kind === 'pages');
    expect(timelineSlides.length).toBeGreaterThan(1);
    const pages = timelineSlides.map((s) => {
      const part = exportPartPage(s.chartId, s.page, s.pages);
      return 'page' in part ? pageOf(v.chart.markers, part.page, part.pages) : [];
    });
    // The deck's slides (ChartPartSlide: pageOf of the slide definition's page and pages).
    const deck = SLIDE_IDS.map((id) => SLIDE_DEFINITIONS[id]).flatMap((d) => (d.kind === 'chart' && d.chart === 'timeline' ? [pageOf(v.chart.markers, d.page, d.pages)] : []));
    expect(pages.map((p) => p.map((m) => m.id))).toEqual(deck.map((p) => p.map((m) => m.id)));
    expect(pages.flat()).toHaveLength(v.chart.markers.length);
    // Equal pages, as the deck shows them: 26 milestones are 13 + 13.
    expect(Math.max(...pages.map((p) => p.length)) - Math.min(...pages.map((p) => p.length))).toBeLessThanOrEqual(1);
    expect(exportPartPage('timeline', 2, 2)).toEqual({ id: 'timeline-2', chart: 'timeline', panel: 'milestones', page: 2, pages: 2 });
  });
  it('reads the light half of a theme paint and maps SVG dashes', () => {
    expect(lightHex('var(--scheme-light, #0072b2) var(--scheme-dark, #56b4e9)')).toBe('0072B2');
    expect(lightHex('#009e73')).toBe('009E73');
    expect(() => lightHex('black')).toThrow();
    expect(dashOf('')).toBe('solid');
    expect(dashOf('2 4')).toBe('sysDot');
    expect(dashOf('8 4')).toBe('dash');
    expect(dashOf('5 4')).toBe('sysDash');
  });
});
