/**
 * Builds the deck as a native, editable .pptx in the browser (loaded only when the presenter asks
 * for it). For each deck slide, by its kind (lib/present/pptxRegistry.ts `pptxSlideSource`):
 * - a chart: one slide per panel with a PowerPoint chart of the view's series (lib/charts/<chart>/pptx.ts);
 * - the map and the timeline: the picture the export pipeline composes (no controls, no prompts);
 * - the title slide: its text as text boxes (lib/present/pptxText.ts).
 * Title and source line are text boxes, every picture and chart has alt text, every slide the
 * deck's speaker notes. Everything decided here is decided in lib/present/; this file only calls
 * pptxgenjs.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartData } from '@/lib/charts/build';
import type { RouteMapModel } from '@/lib/map/shapeRoute';
import type { SlideSpec } from '@/lib/present/deck';
import { CHART_SLIDE, PPTX_FONT, PPTX_TEXT, PPTX_TYPE, chartBoxes, chartLegendLayout, legendRuns, placePicture, pptxChartArgs, seriesLooksOf, slideFilter } from '@/lib/present/pptxCharts';
import { chartPanels, pagePicture, pptxSlideSource } from '@/lib/present/pptxRegistry';
import { exportPartPage } from '@/lib/export/parts';
import { insideLabelColours, placedLegend, pointLabelTexts, seriesLooks, unwrappedLabels, type SeriesLook } from '@/lib/present/pptxChartXml';
import { composeNotes, deckFileName } from '@/lib/present/pptxLayout';
import { layoutTextSlide, type TextSlideContent } from '@/lib/present/pptxText';
import type { YearBounds } from '@/lib/urlState';
import { buildExportView, renderChartSvg } from '@/components/export/renderChart';
import { describePart } from '@/components/export/ExportPart';
import { loadExportLocale } from '@/components/export/exportLocale';
import { renderMapSvg } from '@/components/export/renderMap';
import { rasterizeSvg } from '@/components/export/rasterize';
import { triggerDownload } from '@/components/export/download';
import { panelSourceLine } from '@/lib/charts/panelSource';

export interface PptxSlideInput {
  spec: SlideSpec;
  /** The slide frame element (`[data-testid="slide-<id>"]`), read for text slides only. */
  frame: HTMLElement | null;
  notes: string;
  label: string;
}

/** Pictures are drawn at this many image px per layout px (sharp on a projector). */
const PICTURE_SCALE = 3;
/** Shape (width / height) and smallest text (layout px) of the pictures from the export pipeline. */
const MAP_PICTURE = { ratio: 2.2, smallestPx: 13 } as const;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** An element's text, each line (`<br>`) on its own line. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    else if (node instanceof Element) out += node.tagName === 'BR' ? '\n' : textOf(node);
  }
  return out.split('\n').map(clean).filter(Boolean).join('\n');
}

/** The text of a text slide in reading order (title slide: kicker, title, subtitle, cards, footer). */
function readTextSlide(frame: HTMLElement | null, label: string): TextSlideContent {
  const root = frame?.querySelector<HTMLElement>('[data-stage]')?.firstElementChild;
  const content: TextSlideContent = { kicker: '', title: label, subtitle: '', cards: [], footer: '' };
  if (!(root instanceof HTMLElement)) return content;
  let seenTitle = false;
  const after: string[] = [];
  for (const el of Array.from(root.children)) {
    if (el.matches('[data-pptx="title"]')) {
      content.title = clean(el.textContent) || label;
      seenTitle = true;
    } else if (el.tagName === 'UL' || el.tagName === 'OL') {
      content.cards = Array.from(el.children).map((li) => {
        const [head, ...figures] = Array.from(li.children);
        return {
          heading: clean(head?.textContent),
          figures: figures.map((f) => {
            const [value, ...rest] = Array.from(f.children);
            return value ? { value: clean(value.textContent), meta: clean(rest.map((r) => r.textContent).join(' ')) } : { value: clean(f.textContent), meta: '' };
          }),
        };
      });
    } else if (textOf(el)) {
      if (!seenTitle) content.kicker = textOf(el);
      else after.push(textOf(el));
    }
  }
  if (content.cards.length > 0 || after.length > 1) content.footer = after.pop() ?? '';
  content.subtitle = after.join(' ');
  return content;
}

function addHeader(slide: PptxGenJS.Slide, title: string, subtitle: string | null): void {
  slide.addText(title, { ...CHART_SLIDE.title, fontFace: PPTX_FONT, fontSize: PPTX_TYPE.title, bold: true, color: PPTX_TEXT.title, valign: 'top', fit: 'shrink', margin: 0 });
  if (subtitle) slide.addText(subtitle, { ...CHART_SLIDE.subtitle, fontFace: PPTX_FONT, fontSize: PPTX_TYPE.subtitle, color: PPTX_TEXT.muted, valign: 'top', fit: 'shrink', margin: 0 });
}

function addSource(slide: PptxGenJS.Slide, source: string): void {
  if (source) slide.addText(source, { ...CHART_SLIDE.source, fontFace: PPTX_FONT, fontSize: PPTX_TYPE.source, color: PPTX_TEXT.muted, valign: 'bottom', fit: 'shrink', margin: 0 });
}

async function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** An export SVG laid out at `layout` CSS px, as a PNG data URL. */
async function picture(svg: string, layout: { width: number; height: number }): Promise<string> {
  return blobToDataUrl(await rasterizeSvg(svg, { width: layout.width * PICTURE_SCALE, height: layout.height * PICTURE_SCALE }));
}

/**
 * The file pptxgenjs wrote, with the labels inside bars coloured to read on each bar, each
 * point's own label text, the hatches and the invisible label carriers (lib/present/pptxChartXml.ts).
 * `charts[i]` belongs to chart i + 1
 * (pptxgenjs numbers its chart parts in the order the charts were added).
 */
async function finish(pptx: PptxGenJS, charts: readonly { labelTexts: ReadonlyMap<string, readonly (string | null)[]>; looks: ReadonlyMap<string, SeriesLook>; legend: { y: number; h: number } | null }[]): Promise<Blob> {
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
  for (const path of Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))) {
    const chart = charts[Number(/chart(\d+)\.xml$/.exec(path)![1]) - 1];
    const xml = pointLabelTexts(insideLabelColours(await zip.file(path)!.async('string'), PPTX_TEXT.title), chart?.labelTexts ?? new Map());
    const finished = unwrappedLabels(seriesLooks(xml, chart?.looks ?? new Map()));
    zip.file(path, chart?.legend ? placedLegend(finished, chart.legend) : finished);
  }
  return zip.generateAsync({ type: 'blob', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', compression: 'DEFLATE' });
}

export async function exportDeckPptx(args: { slides: readonly PptxSlideInput[]; locale: string; title: string; data: ChartData; bounds: YearBounds }): Promise<void> {
  const { locale, data, bounds } = args;
  const words = await loadExportLocale(locale);
  // Every slide's notes end with the data release its figures come from.
  const notesFor = (args: { notes: string; title: string; source: string }) => composeNotes({ ...args, release: words.t('footer.release', { release: words.release }) });
  const pptx = new PptxGenJS();
  // Per chart added, its series' point labels as the deck writes them, and how each series is drawn.
  const charts: { labelTexts: Map<string, readonly (string | null)[]>; looks: Map<string, SeriesLook>; legend: { y: number; h: number } | null }[] = [];
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = args.title;

  for (const input of args.slides) {
    const source = pptxSlideSource(input.spec.id);
    const filter = slideFilter(input.spec.options, bounds);
    if (source.kind === 'chart') {
      // One deck slide, one panel of its chart, one PowerPoint chart.
      const view = buildExportView({ chartId: source.chartId, locale, filter, data, bounds }, words);
      const [chart] = chartPanels(view, [source.panel]);
      const slide = pptx.addSlide();
      if (!chart) {
        addHeader(slide, view.title, view.subtitle);
        slide.addText(view.empty ?? '', { ...CHART_SLIDE.body, fontFace: PPTX_FONT, fontSize: PPTX_TYPE.body, color: PPTX_TEXT.muted, align: 'center', valign: 'middle' });
        addSource(slide, view.sourceLine);
        slide.addNotes(notesFor({ notes: input.notes, title: view.title, source: view.sourceLine }));
        continue;
      }
      addHeader(slide, view.title, chart.heading ?? view.subtitle);
      const boxes = chartBoxes(chart);
      if (chart.legend && boxes.legend) {
        const runs = legendRuns(chart.legend).map((r) => ({ text: r.text, options: { fontFace: PPTX_FONT, fontSize: r.options.size, color: r.options.color, breakLine: r.options.breakLine } }));
        slide.addText(runs, { ...boxes.legend, valign: 'top', margin: 0 });
      }
      const { types, options } = pptxChartArgs(chart);
      charts.push({ labelTexts: new Map(chart.series.flatMap((s) => (s.labelTexts && s.labels ? [[s.name, s.labelTexts] as const] : []))), looks: seriesLooksOf(chart), legend: chartLegendLayout(chart, boxes.chart)?.legend ?? null });
      const [only] = types;
      if (types.length === 1 && only) slide.addChart(only.type as PptxGenJS.CHART_NAME, only.data, { ...options, ...only.options });
      // A multi-type chart takes its shared options in the place of the data.
      else slide.addChart(types.map((t) => ({ type: t.type as PptxGenJS.CHART_NAME, data: t.data as PptxGenJS.OptsChartData[], options: t.options })), options as unknown as never[]);
      const sourceLine = panelSourceLine(view, source.slidePanel);
      addSource(slide, sourceLine);
      slide.addNotes(notesFor({ notes: input.notes, title: chart.heading ? `${view.title} — ${chart.heading}` : view.title, source: sourceLine }));
    } else if (source.kind === 'pages') {
      // The deck's page of a chart no PowerPoint chart draws (the milestones, in the deck's own
      // split, lib/present/slides.ts pageOf), as the export pipeline draws a page of it.
      const look = pagePicture(source.chartId);
      const part = exportPartPage(source.chartId, source.page, source.pages);
      const whole = buildExportView({ chartId: source.chartId, locale, filter, data, bounds }, words);
      const items = 'page' in part ? look.pageItems(whole, part.page, part.pages) : [];
      const slide = pptx.addSlide();
      if (items.length === 0) {
        addHeader(slide, whole.title, null);
        addSource(slide, whole.sourceLine);
        slide.addNotes(notesFor({ notes: input.notes, title: whole.title, source: whole.sourceLine }));
        continue;
      }
      const { box, layout } = placePicture({ ratio: look.ratio, smallestPx: look.smallestPx, withSubtitle: false });
      const { svg, view } = await renderChartSvg({ chartId: source.chartId, locale, filter, data, bounds, preset: { layout, output: layout }, part, minText: look.smallestPx, background: 'white', plain: true });
      const span = describePart(view, part);
      addHeader(slide, `${view.title} · ${span}`, null);
      // The alt text names what the page shows (the milestones, each with its date).
      slide.addImage({ data: await picture(svg, layout), ...box, altText: [view.title, span, ...items].join('. ') });
      const pageSource = panelSourceLine(view, part.panel, 'page' in part ? part : undefined);
      addSource(slide, pageSource);
      slide.addNotes(notesFor({ notes: input.notes, title: view.title, source: pageSource }));
    } else if (source.kind === 'map') {
      const { box, layout } = placePicture({ ...MAP_PICTURE, withSubtitle: false });
      const { svg } = await renderMapSvg({ locale, preset: { layout, output: layout }, background: 'white', plain: true });
      const model = (words as unknown as { map: RouteMapModel }).map;
      const title = words.t('map.heading');
      const slide = pptx.addSlide();
      addHeader(slide, title, null);
      slide.addImage({ data: await picture(svg, layout), ...box, altText: `${title}. ${words.t('export.mapTitle')}. ${model.text.attribution}` });
      slide.addNotes(notesFor({ notes: input.notes, title, source: model.text.attribution }));
    } else {
      const content = readTextSlide(input.frame, input.label);
      const slide = pptx.addSlide();
      for (const b of layoutTextSlide(content)) {
        const runs = b.runs.map((r, i) => ({
          text: r.text,
          // A run ends its paragraph when the next one starts a new one.
          options: { fontFace: PPTX_FONT, fontSize: r.size, bold: r.bold ?? false, color: r.color, breakLine: b.runs[i + 1]?.breakBefore === true },
        }));
        slide.addText(runs, { ...b.box, valign: b.valign, fit: 'shrink', margin: b.frame ? 5 : 0, ...(b.frame ? { line: { color: b.frame, width: 1 } } : {}) });
      }
      slide.addNotes(notesFor({ notes: input.notes, title: content.title, source: content.footer }));
    }
  }
  triggerDownload(await finish(pptx, charts), deckFileName(locale));
}
