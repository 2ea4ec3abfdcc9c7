/**
 * The deck's "Download .pptx" from the production build, unzipped and read: native charts (one
 * chart part per chart slide) whose series values are the data, series colours from the palette
 * (none black or missing), the map and the timeline as pictures with alt text, speaker notes on
 * every slide, and no text under 14 pt. Every deck slide is followed generically through
 * lib/present/pptxCharts.ts, so a new slide or panel is checked without touching this file.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { buildChartView, findYearBounds, selectChartData } from '../lib/charts/build';
import { dataset } from '../lib/dataset';
import type { Locale } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { defaultDeck } from '../lib/present/deck';
import { slideFilter, type ChartSpec } from '../lib/present/pptxCharts';
import { chartPanels, pptxSlideSource } from '../lib/present/pptxRegistry';
import { buildSlideMeta, pageOf } from '../lib/present/slides';
import { PAINTS } from '../lib/charts/style';
import { releaseOf } from '../lib/release/release';

interface RawObservation {
  id: string;
  indicator: string;
  value: number;
  reporter: string;
  period: string;
  unit: string;
  measure: string;
  scope?: string;
  revises?: string;
}

const data = selectChartData(dataset);
const bounds = findYearBounds(data);

/** What each .pptx slide must be, deck slide by deck slide (the default deck). */
interface ExpectedSlide {
  deckSlide: string;
  chart: ChartSpec | null;
  picture: boolean;
  notes: string;
  /** A timeline picture: its milestones' titles, as the deck's slide shows them (pageOf). */
  milestones: string[] | null;
}

function expectedSlides(locale: Locale): ExpectedSlide[] {
  const t = translatorFor(locale);
  const meta = new Map(buildSlideMeta({ observations: dataset.observations, locale, t }).map((m) => [m.id, m]));
  // One .pptx slide per deck slide, in the deck's order.
  return defaultDeck().map((spec): ExpectedSlide => {
    const source = pptxSlideSource(spec.id);
    const notes = meta.get(spec.id)!.notes;
    if (source.kind === 'pages') {
      const view = buildChartView(source.chartId, { data, filter: slideFilter(spec.options, bounds), bounds, locale, t });
      const milestones = view.id === 'timeline' ? pageOf(view.chart.markers, source.page, source.pages).map((m) => m.title) : [];
      return { deckSlide: spec.id, chart: null, picture: true, notes, milestones };
    }
    if (source.kind !== 'chart') return { deckSlide: spec.id, chart: null, picture: source.kind === 'map', notes, milestones: null };
    const filter = slideFilter(spec.options, bounds);
    const view = buildChartView(source.chartId, { data, filter, bounds, locale, t });
    const [chart] = chartPanels(view, [source.panel]);
    return { deckSlide: spec.id, chart: chart ?? null, picture: false, notes, milestones: null };
  });
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface SeriesRead {
  name: string;
  values: (number | null)[];
  /** The series' colour: of its solid fill (or line, for line charts), or behind its hatch; or null. */
  color: string | null;
  /** The series' own shape properties (fill and line). */
  spPr: string;
}

/** The series of a chart part: name, values (y values of a scatter chart) and colour. */
function readSeries(xml: string): SeriesRead[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = decode(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser!)?.[1] ?? '');
    const valBlock = /<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(ser!)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(valBlock)?.[1] ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const [, idx, v] of valBlock.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(idx)] = v === '' ? null : Number(v);
    const spPr = /<c:spPr>([\s\S]*?)<\/c:spPr>/.exec(ser!)?.[1] ?? '';
    const color = (/<a:bgClr><a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(spPr) ?? /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(spPr))?.[1]?.toUpperCase() ?? null;
    return { name, values, color, spPr };
  });
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the .pptx`);
  return file.async('string');
}

async function downloadDeck(page: Page, locale: Locale): Promise<JSZip> {
  await page.goto(`/${locale}/present/`);
  await expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('download-pptx').click()]);
  expect(download.suggestedFilename()).toBe(`azkz-deck-${locale}.pptx`);
  // Kept with the test's output (test-results/), to open it in PowerPoint or LibreOffice.
  await download.saveAs(test.info().outputPath(`azkz-deck-${locale}.pptx`));
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  return JSZip.loadAsync(bytes);
}

for (const locale of ['az', 'en', 'kk', 'ru'] as const) {
  test(`the deck downloads as a native .pptx: charts of the data, pictures from the export pipeline, notes, alt text (${locale})`, async ({ page }) => {
    test.setTimeout(150_000);
    const expected = expectedSlides(locale);
    const zip = await downloadDeck(page, locale);
    const files = Object.keys(zip.files);
    const raw = JSON.parse(await readFile('public/data/dataset.json', 'utf8')) as { observations: RawObservation[] };
    const observation = (id: string) => raw.observations.find((o) => o.id === id)!;

    const slideFiles = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slideFiles, 'one .pptx slide per deck slide').toHaveLength(expected.length);
    const chartParts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(chartParts, 'one chart part per chart slide').toHaveLength(expected.filter((e) => e.chart).length);
    const pictures = files.filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(pictures, 'pictures only for the map and the timeline').toHaveLength(expected.filter((e) => e.picture).length);

    for (const [i, want] of expected.entries()) {
      const n = i + 1;
      const where = `slide ${n} (${want.deckSlide}${want.chart ? ` ${want.chart.panel}` : ''}, ${locale})`;
      const slide = await text(zip, `ppt/slides/slide${n}.xml`);
      const rels = await text(zip, `ppt/slides/_rels/slide${n}.xml.rels`);

      // Every text on the slide is at least 14 pt.
      const sizes = [...slide.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
      expect.soft(Math.min(...sizes), `${where}: smallest text, pt`).toBeGreaterThanOrEqual(14);

      // Speaker notes: the deck's notes for this slide.
      const notesRel = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      expect.soft(notesRel, `${where}: notes`).toBeTruthy();
      if (notesRel) {
        const notes = decode(await text(zip, `ppt/notesSlides/${notesRel}`));
        expect.soft(notes, `${where}: the deck's speaker notes`).toContain(want.notes.slice(0, 60));
        expect.soft(notes, `${where}: the data release`).toContain(MESSAGES[locale].footer.release.replace('{release}', releaseOf(dataset).id));
      }

      // Alt text on every picture and chart.
      const objects = [...slide.matchAll(/<p:(pic|graphicFrame)>[\s\S]*?<p:cNvPr ([^>]*)>/g)];
      for (const [, kind, attrs] of objects) {
        const descr = decode(/descr="([^"]*)"/.exec(attrs!)?.[1] ?? '');
        // pptxgenjs writes the image's file name ("preencoded.png") when it is given no alt text.
        expect.soft(descr, `${where}: alt text of the ${kind}`).not.toMatch(/^\s*$|^[\w.-]+\.(png|jpe?g|gif|svg)$/i);
        expect.soft(descr.trim().length, `${where}: alt text of the ${kind}`).toBeGreaterThan(20);
        if (kind === 'graphicFrame' && want.chart) expect.soft(descr, `${where}: alt text of the chart`).toBe(want.chart.altText);
      }
      expect.soft(objects.filter((o) => o[1] === 'pic'), `${where}: pictures`).toHaveLength(want.picture ? 1 : 0);
      // A timeline picture holds its deck slide's milestones (the deck's split), named in its alt text.
      if (want.milestones) {
        const descr = decode(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/.exec(slide)?.[1] ?? '');
        const all = expected.flatMap((e) => e.milestones ?? []);
        expect.soft(all.filter((m) => descr.includes(m)), `${where}: milestones in the picture`).toEqual(want.milestones);
      }

      const chartTargets = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => m[1]!);
      expect.soft(chartTargets, `${where}: chart parts`).toHaveLength(want.chart ? 1 : 0);
      if (!want.chart || chartTargets.length !== 1) continue;
      const xml = await text(zip, `ppt/charts/${chartTargets[0]}`);
      const series = readSeries(xml);
      expect.soft(series.map((s) => s.name), `${where}: series names`).toEqual(want.chart.series.map((s) => s.name));
      for (const [k, s] of series.entries()) {
        const spec = want.chart.series[k];
        // A label carrier (a split trade bar's turnover) is drawn as nothing but its labels.
        if (spec?.role === 'label') {
          expect.soft(s.spPr, `${where}: "${s.name}" carries labels only`).toBe('<a:noFill/><a:ln><a:noFill/></a:ln>');
          expect.soft(s.values.every((v) => v === null || v === 0), `${where}: "${s.name}" has no length`).toBe(true);
          for (const label of spec.labelTexts ?? []) if (label !== null) expect.soft(decode(xml), `${where}: turnover label "${label}"`).toContain(`formatCode=""${label}""`);
          continue;
        }
        // Kazakhstan's bars are hatched (lines over its colour), as on the screen; others are solid.
        if (spec?.hatch) expect.soft(s.spPr, `${where}: hatch of "${s.name}"`).toMatch(new RegExp(`^<a:pattFill prst="\\w+"><a:fgClr><a:srgbClr val="${spec.hatch}"/></a:fgClr><a:bgClr><a:srgbClr val="${spec.color}"/>`));
        else expect.soft(s.spPr, `${where}: "${s.name}" unhatched`).not.toContain('pattFill');
        expect.soft(s.color, `${where}: colour of "${s.name}"`).not.toBeNull();
        expect.soft(s.color, `${where}: colour of "${s.name}"`).not.toBe('000000');
        if (!spec) continue;
        expect.soft(s.color, `${where}: colour of "${s.name}"`).toBe(spec.color);
        expect.soft(s.values, `${where}: values of "${s.name}"`).toEqual(spec.values);
        // A point's label as the deck writes it ("~100", ">250", the language's decimal comma).
        for (const label of spec.labelTexts ?? []) {
          if (label !== null) expect.soft(decode(xml), `${where}: label "${label}" of "${s.name}"`).toContain(`formatCode=""${label}""`);
        }
      }
      // Chart text at least 14 pt.
      const chartSizes = [...xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
      expect.soft(Math.min(...chartSizes), `${where}: smallest chart text, pt`).toBeGreaterThanOrEqual(14);

      // The values are the dataset's own (public/data/dataset.json), not only what lib/ made of them.
      if (want.chart.panel === 'trade-years') {
        const part = (reporter: 'AZ' | 'KZ', key: 'kzToAz' | 'azToKz' | 'total') => series.find((s) => s.name === `${MESSAGES[locale].reportedBy[reporter]} · ${MESSAGES[locale].charts.tradeTurnover[key]}`);
        // A row is labelled by its year, and by its side where both sides have a bar ("2024 · Kazakhstan").
        const periodOf = (category: string) => category.split(' · ')[0]!;
        const rowOf = (label: string, reporter: 'AZ' | 'KZ') => want.chart!.categories.findIndex((c, k) => periodOf(c) === label && series.some((s) => s.name.startsWith(MESSAGES[locale].reportedBy[reporter]) && s.values[k] !== null));
        expect.soft(part('KZ', 'total')?.values[rowOf('2024', 'KZ')], `${where}: KZ 2024`).toBe(observation('trade-turnover-2024-kz').value);
        expect.soft(part('AZ', 'total')?.values[rowOf('2024', 'AZ')], `${where}: AZ 2024`).toBe(observation('trade-turnover-2024-az').value);
        // Every bar part is a published figure of its side, year and direction (or turnover).
        const indicator = { kzToAz: 'trade.kz-to-az', azToKz: 'trade.az-to-kz', total: 'trade.turnover' } as const;
        for (const reporter of ['AZ', 'KZ'] as const) {
          for (const key of ['kzToAz', 'azToKz', 'total'] as const) {
            const s = part(reporter, key);
            if (!s) continue;
            expect.soft(s.color, `${where}: colour of ${reporter} ${key}`).toBe(PAINTS[`${reporter.toLowerCase() as 'az' | 'kz'}-${key === 'kzToAz' ? 'dark' : key === 'azToKz' ? 'light' : 'main'}`].light.slice(1).toUpperCase());
            for (const [k, v] of s.values.entries()) {
              if (v === null) continue;
              const published = raw.observations.filter((o) => o.indicator === indicator[key] && o.reporter === reporter && o.period === periodOf(want.chart!.categories[k]!)).map((o) => o.value);
              expect.soft(published, `${where}: ${reporter} ${key} ${want.chart.categories[k]}`).toContain(v);
            }
          }
        }
        // A split bar's turnover at its end, as the screen writes it (KZ 2022: the directions were published).
        const carrier = want.chart.series.find((x) => x.role === 'label');
        expect.soft(carrier?.labelTexts?.filter((l) => l !== null).length, `${where}: turnover labels of split bars`).toBeGreaterThan(0);
        // Kazakhstan's parts are hatched.
        expect.soft(series.filter((x) => x.name.startsWith(MESSAGES[locale].reportedBy.KZ) && x.spPr.startsWith('<a:pattFill')).length, `${where}: hatched KZ parts`).toBeGreaterThan(0);
        // The directions are stacked where a side published both.
        expect.soft(xml, `${where}: stacked bars`).toContain('<c:grouping val="stacked"/>');
        expect.soft(part('KZ', 'kzToAz')?.values.some((v) => v !== null), `${where}: KZ → AZ part`).toBe(true);
      }
      if (want.chart.panel.startsWith('oil-')) {
        const agreed = raw.observations.filter((o) => o.indicator === 'oil.agreement').map((o) => o.value / 1000);
        const refs = want.chart.series.map((s, k) => (s.role === 'reference' ? series[k]! : null)).filter((s) => s !== null);
        expect.soft(refs.length, `${where}: agreed volumes as series`).toBeGreaterThan(0);
        for (const r of refs) expect.soft(agreed, `${where}: reference "${r.name}"`).toContain(r.values[0]);
      }
      if (want.chart.panel.startsWith('corridor-')) {
        // Each line is one scope's published figures (million t, thousand TEU), never another scope's.
        const unit = want.chart.panel === 'corridor-tonnes' ? { unit: 'tonnes', scale: 1e6 } : { unit: 'TEU', scale: 1e3 };
        const own = raw.observations.filter((o) => ['corridor.cargo', 'corridor.containers', 'containers.aktau-baku'].includes(o.indicator) && o.unit === unit.unit);
        const lines = want.chart.series.map((s, k) => (s.role === 'data' ? series[k]! : null)).filter((s) => s !== null);
        expect.soft(lines.length, `${where}: scope lines`).toBeGreaterThan(1);
        for (const line of lines) {
          const scopes = new Set(
            line.values.flatMap((v, k) => (v === null ? [] : own.filter((o) => o.value / unit.scale === v && o.period === want.chart!.categories[k]).map((o) => o.scope))),
          );
          expect.soft(scopes.size, `${where}: "${line.name}" holds one scope's figures`).toBe(1);
        }
        const targets = own.filter((o) => o.measure === 'target').map((o) => o.value / unit.scale);
        // A target on the scale is a constant line at its value; one far above the figures has no line (the axis is the figures'), only its name in the legend.
        for (const [k, s] of want.chart.series.entries()) {
          if (s.role !== 'reference') continue;
          const drawn = series[k]!.values.filter((v) => v !== null);
          if (drawn.length) expect.soft(targets, `${where}: target "${series[k]!.name}"`).toContain(drawn[0]);
          else expect.soft(targets.some((v) => v > want.chart!.valueMax), `${where}: target "${series[k]!.name}" above the axis`).toBe(true);
        }
      }
      if (want.chart.panel === 'oil-annual') {
        const shipped = raw.observations.filter((o) => o.indicator === 'oil.aktau-to-baku').map((o) => o.value / 1000);
        const bars = series.filter((_, k) => want.chart!.series[k]?.type === 'bar');
        expect.soft(bars.length, `${where}: bar series`).toBeGreaterThan(0);
        for (const v of bars.flatMap((b) => b.values)) if (v !== null) expect.soft(shipped, `${where}: annual ${v}`).toContain(v);
        // Plans and forecasts are outlined with a dashed line, outcomes are not; each category holds one bar.
        const plans = want.chart.series.filter((x) => x.type === 'bar' && x.outline);
        expect.soft(plans.length, `${where}: plan series`).toBeGreaterThan(0);
        for (const [k, spec] of want.chart.series.entries()) {
          if (spec.type !== 'bar') continue;
          if (spec.outline) expect.soft(series[k]!.spPr, `${where}: dashed outline of "${spec.name}"`).toContain('<a:prstDash val="dash"/>');
          else expect.soft(series[k]!.spPr, `${where}: "${spec.name}" not dashed`).not.toContain('prstDash');
        }
        for (const k of want.chart.categories.keys()) expect.soft(bars.filter((b) => b.values[k] !== null), `${where}: bars in category ${k}`).toHaveLength(1);
        expect.soft(decode(xml), `${where}: a plan's label says so`).toContain(`(${MESSAGES[locale].charts.oilVolumes.status.planned})`);
      }
    }
  });
}
