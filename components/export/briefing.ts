/**
 * The briefing pack: one A4-landscape PDF of the whole dashboard in one language, built in the
 * browser with jsPDF + svg2pdf.js: a cover (title, date, language, view), one page per chart and
 * one for the map (title, description, the drawing as vector paths with selectable text, source
 * line, page number), and a sources page. Text is set in Noto Sans (TrueType, embedded), so
 * Azerbaijani and Kazakh letters are right and searchable; the arrows and signs Noto Sans lacks
 * (→ ≤ ≥) are set in an embedded subset of DejaVu Sans (lib/export/pdfText.ts).
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import type { ChartData } from '@/lib/charts/build';
import { CHART_IDS } from '@/lib/charts/registry';
import type { ChartFilter } from '@/lib/charts/types';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { FALLBACK_FONT, needsFallback, splitFontRuns } from '@/lib/export/pdfText';
import { listExportParts } from '@/lib/export/parts';
import { makeOutlineFontPath } from '@/lib/export/outlineFonts';
import type { PixelSize } from '@/lib/export/presets';
import type { YearBounds } from '@/lib/urlState';
import { loadExportLocale } from './exportLocale';
import { describePart } from './ExportPart';
import { panelSourceLine } from '@/lib/charts/panelSource';
import { buildExportView, makeViewAddress, renderChartSvg, withLastUpdated } from './renderChart';
import { renderMapSvg } from './renderMap';

/** A4 landscape in points, and the page's margins and type sizes (pt). */
const PAGE = { width: 841.89, height: 595.28, margin: 40 } as const;
const TYPE = { cover: 30, coverSub: 16, title: 18, body: 10.5, small: 8.5, line: 1.3 } as const;
const INK = { text: '#1a1f29', muted: '#4a5363', rule: '#d4d9e1' } as const;
/**
 * Layout widths (CSS px) tried for a drawing, as multiples of the width (pt) it has on the page:
 * at 1 a CSS px prints as 1 pt, so text keeps its size on screen; wider layouts give a dense chart
 * room at the cost of smaller type (see drawFitted).
 */
const LAYOUT_STEPS = [1, 1.17, 1.34] as const;
/**
 * The charts' type in the pack (CSS px of the layout, printed as pt at the first layout step):
 * each chart part gets a page and writes at this size, so that even at the last step its text
 * stays above 8 pt (10 / 1.2).
 */
const CHART_TEXT = 10;
const CHART_LAYOUT_STEPS = [1, 1.1, 1.2] as const;
const FONT = 'Noto Sans';

export interface BriefingOptions {
  locale: string;
  filter: ChartFilter;
  data: ChartData;
  bounds: YearBounds;
  origin?: string;
}

async function fetchBase64(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function addFonts(doc: jsPDF): Promise<void> {
  // The same TrueType cuts the SVG download outlines its text with (scripts/build-fonts.ts): Noto
  // Sans cut to every character the dashboard can show, and DejaVu Sans cut to those it lacks.
  const [regular, bold, symbols, symbolsBold] = await Promise.all([
    fetchBase64(makeOutlineFontPath('noto', 400)),
    fetchBase64(makeOutlineFontPath('noto', 700)),
    fetchBase64(makeOutlineFontPath('fallback', 400)),
    fetchBase64(makeOutlineFontPath('fallback', 700)),
  ]);
  doc.addFileToVFS('NotoSans-Regular.ttf', regular);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', bold);
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  // No italic face is embedded: italic text (sea names) is set upright rather than in a font
  // without these letters.
  doc.addFont('NotoSans-Regular.ttf', FONT, 'italic');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bolditalic');
  // svg2pdf looks a face up by family and style: italic maps to the upright faces here too.
  doc.addFileToVFS('DejaVuSans-Symbols.ttf', symbols);
  doc.addFileToVFS('DejaVuSans-Bold-Symbols.ttf', symbolsBold);
  for (const style of ['normal', 'italic']) doc.addFont('DejaVuSans-Symbols.ttf', FALLBACK_FONT, style);
  for (const style of ['bold', 'bolditalic']) doc.addFont('DejaVuSans-Bold-Symbols.ttf', FALLBACK_FONT, style);
}

/** Draws one line from `x` (its top at `y`), switching to the fallback face for the signs Noto Sans lacks. */
function drawLine(doc: jsPDF, args: { line: string; x: number; y: number; style: 'normal' | 'bold'; align?: 'left' | 'right' }): void {
  const { line, y, style } = args;
  if (!needsFallback(line)) {
    doc.text(line, args.x, y, { baseline: 'top', align: args.align ?? 'left' });
    return;
  }
  const runs = splitFontRuns(line);
  const widthOf = (run: { text: string; fallback: boolean }) => {
    doc.setFont(run.fallback ? FALLBACK_FONT : FONT, style);
    return doc.getTextWidth(run.text);
  };
  let x = args.align === 'right' ? args.x - runs.reduce((sum, run) => sum + widthOf(run), 0) : args.x;
  for (const run of runs) {
    const width = widthOf(run);
    doc.text(run.text, x, y, { baseline: 'top' });
    x += width;
  }
  doc.setFont(FONT, style);
}

/** Writes wrapped text from `y` (top) and returns the y below it. */
function writeText(doc: jsPDF, args: { text: string; y: number; size: number; bold?: boolean; colour?: string; width?: number; x?: number }): number {
  const { text, size, bold = false, colour = INK.text, x = PAGE.margin, width = PAGE.width - 2 * PAGE.margin } = args;
  if (!text) return args.y;
  doc.setFont(FONT, bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  doc.setTextColor(colour);
  const lines = doc.splitTextToSize(text, width) as string[];
  lines.forEach((line, i) => drawLine(doc, { line, x, y: args.y + i * size * TYPE.line, style: bold ? 'bold' : 'normal' }));
  return args.y + lines.length * size * TYPE.line;
}

/** A box on the page, pt. */
interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What is wrong with a drawing's text: how many texts run outside it (cut off), and how many pairs
 * overlap (by more than a quarter of the smaller one's height; the same word drawn twice in one
 * place is a halo, not an overlap).
 */
function findTextProblems(svg: SVGSVGElement): { outside: number; overlaps: number } {
  const frame = svg.getBoundingClientRect();
  const boxes = [...svg.querySelectorAll('text')]
    .filter((t) => t.textContent?.trim())
    .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0 && b.r.height > 0);
  const outside = boxes.filter(({ r }) => r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1).length;
  let overlaps = 0;
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.text === b.text && Math.abs(a.r.left - b.r.left) < 0.5 && Math.abs(a.r.top - b.r.top) < 0.5) return;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 0.25 * Math.min(a.r.height, b.r.height)) overlaps += 1;
    }),
  );
  return { outside, overlaps };
}

/**
 * Draws a drawing (laid out by `render` at a CSS px size) as large as fits `room`, centred: laid
 * out at the first of LAYOUT_STEPS at which its text fits cleanly, else at the step with the
 * fewest texts cut off, then the fewest overlaps (the earliest, largest type, on a tie).
 */
async function drawFitted(doc: jsPDF, render: (layout: PixelSize) => Promise<string>, room: PageBox, steps: readonly number[] = LAYOUT_STEPS): Promise<void> {
  let best: { svg: string; outside: number; overlaps: number } | null = null;
  for (const step of steps) {
    const svg = (await render({ width: Math.round(room.width * step), height: Math.round(room.height * step) })).replace(/^<\?xml[^>]*>\s*/, '');
    const problems = await withMounted(svg, findTextProblems);
    if (!best || problems.outside < best.outside || (problems.outside === best.outside && problems.overlaps < best.overlaps)) best = { svg, ...problems };
    if (problems.outside === 0 && problems.overlaps === 0) break;
  }
  await withMounted(best!.svg, async (element) => {
    const view = element.viewBox.baseVal;
    const [width, height] = view && view.width > 0 ? [view.width, view.height] : [element.width.baseVal.value, element.height.baseVal.value];
    const scale = Math.min(room.width / width, room.height / height);
    setFallbackRuns(element);
    splitStrokeFirst(element);
    await svg2pdf(element, doc, { x: room.x + (room.width - width * scale) / 2, y: room.y, width: width * scale, height: height * scale });
  });
}

/**
 * svg2pdf ignores `paint-order`, so a value label's halo (`paint-order: stroke`, lib/charts/style.ts
 * VALUE_LABEL_HALO) would be stroked over its letters: white on white in the PDF. Each such
 * text is drawn twice instead: a copy with the stroke only, then the text with the fill only.
 */
function splitStrokeFirst(root: SVGSVGElement): void {
  for (const text of root.querySelectorAll<SVGTextElement>('text')) {
    const order = (text.getAttribute('paint-order') ?? text.style.paintOrder ?? '').trim();
    const stroke = text.getAttribute('stroke') ?? text.style.stroke;
    if (!order.startsWith('stroke') || !stroke || stroke === 'none') continue;
    const halo = text.cloneNode(true) as SVGTextElement;
    halo.setAttribute('aria-hidden', 'true');
    // Runs (tspans) may carry the paint too: each copy keeps one of the two, all the way down.
    for (const el of [halo, ...halo.querySelectorAll<SVGElement>('*')]) {
      el.setAttribute('fill', 'none');
      el.style.removeProperty('fill');
    }
    for (const el of [text, ...text.querySelectorAll<SVGElement>('*')]) {
      el.setAttribute('stroke', 'none');
      el.style.removeProperty('stroke');
      el.removeAttribute('paint-order');
      el.style.removeProperty('paint-order');
    }
    text.before(halo);
  }
}

/** Mounts SVG markup off-screen (so it is laid out), runs `run` on its root, and removes it. */
async function withMounted<T>(svg: string, run: (element: SVGSVGElement) => T | Promise<T>): Promise<T> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0';
  host.innerHTML = svg;
  document.body.appendChild(host);
  try {
    return await run(host.querySelector('svg')!);
  } finally {
    host.remove();
  }
}

/**
 * Wraps the signs Noto Sans lacks, in every text of the drawing, in a <tspan> of the fallback face
 * (svg2pdf sets each text node and tspan in its own font and measures them for the anchor).
 */
function setFallbackRuns(svg: SVGSVGElement): void {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.localName === 'text' || parent.localName === 'tspan') && needsFallback((node as Text).data)) nodes.push(node as Text);
  }
  for (const node of nodes) {
    const parts = splitFontRuns(node.data).map((run) => {
      if (!run.fallback) return document.createTextNode(run.text);
      const span = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      span.setAttribute('font-family', FALLBACK_FONT);
      span.textContent = run.text;
      return span;
    });
    node.replaceWith(...parts);
  }
}

/** The page number and the address at the foot of a page. */
function writeFooter(doc: jsPDF, args: { page: number; total: number; address: string; t: (key: string, values?: Record<string, string | number>) => string }): void {
  const y = PAGE.height - PAGE.margin + 12;
  doc.setDrawColor(INK.rule);
  doc.line(PAGE.margin, y - 6, PAGE.width - PAGE.margin, y - 6);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(TYPE.small);
  doc.setTextColor(INK.muted);
  doc.text(args.address, PAGE.margin, y, { baseline: 'top' });
  doc.text(args.t('export.pdf.page', { page: args.page, total: args.total }), PAGE.width - PAGE.margin, y, { baseline: 'top', align: 'right' });
}

/** Builds the briefing pack and returns it as a PDF blob. */
export async function renderBriefingPdf(options: BriefingOptions): Promise<Blob> {
  const { locale, filter, data, bounds } = options;
  const origin = options.origin ?? window.location.origin;
  const words = await loadExportLocale(locale);
  const t = words.t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  await addFonts(doc);
  doc.setProperties({ title: `${t('site.title')} — ${t('export.pdf.cover')}`, subject: t('site.subtitle'), creator: origin, keywords: locale });
  doc.setLanguage(locale as Parameters<jsPDF['setLanguage']>[0]);

  const views = CHART_IDS.map((chartId) => buildExportView({ chartId, locale, filter, data, bounds }, words));
  // One page per part of a chart (lib/export/parts.ts), as the fixed-size images: large type.
  const chartPages = views.flatMap((view) => listExportParts(view.id, 'pdf').map((part) => ({ view, part })));
  const total = chartPages.length + 3;
  const dashboard = makeViewAddress({ origin, locale, filter, bounds, hash: 'charts' }).replace(/#charts$/, '');
  const footer = (page: number) => writeFooter(doc, { page, total, address: dashboard, t });

  // Cover.
  let y = 150;
  y = writeText(doc, { text: t('site.title'), y, size: TYPE.cover, bold: true });
  y = writeText(doc, { text: t('site.subtitle'), y: y + 6, size: TYPE.coverSub, colour: INK.muted });
  y = writeText(doc, { text: t('export.pdf.cover'), y: y + 30, size: TYPE.title, bold: true });
  y = writeText(doc, { text: t('export.pdf.coverLanguage', { language: isLocale(locale) ? LOCALE_NAMES[locale] : locale }), y: y + 10, size: TYPE.body });
  y = writeText(doc, { text: words.asOf, y: y + 4, size: TYPE.body });
  y = writeText(doc, { text: views[0]!.filterNote ?? '', y: y + 4, size: TYPE.body });
  writeText(doc, { text: t('export.pdf.coverView', { url: dashboard }), y: y + 4, size: TYPE.body, colour: INK.muted });
  footer(1);

  // One page per chart, then the map.
  let page = 1;
  const pages = [
    ...chartPages.map(({ view, part }, i) => ({
      title: view.title,
      subtitle: describePart(view, part),
      // The chart's description once, on its first page.
      description: chartPages[i - 1]?.view.id === view.id ? (view.filterNote ?? '') : [view.filterNote, view.description].filter(Boolean).join(' '),
      source: withLastUpdated(panelSourceLine(view, part.panel), words.updated[view.id]),
      steps: CHART_LAYOUT_STEPS,
      draw: (layout: PixelSize) =>
        renderChartSvg({ chartId: view.id, part: part.id, minText: CHART_TEXT, locale, filter, data, bounds, preset: { layout, output: layout }, background: 'white', plain: true, origin }).then((r) => r.svg),
    })),
    {
      title: t('map.heading'),
      subtitle: t('export.mapTitle'),
      description: t('export.pdf.mapDescription'),
      source: withLastUpdated(t('map.attribution'), words.updated['route-map']),
      steps: LAYOUT_STEPS,
      draw: (layout: PixelSize) => renderMapSvg({ locale, preset: { layout, output: layout }, background: 'white', plain: true, origin }).then((r) => r.svg),
    },
  ];
  for (const p of pages) {
    doc.addPage('a4', 'landscape');
    page += 1;
    let top = writeText(doc, { text: p.title, y: PAGE.margin, size: TYPE.title, bold: true });
    top = writeText(doc, { text: p.subtitle, y: top + 2, size: TYPE.body, colour: INK.muted });
    top = writeText(doc, { text: p.description, y: top + 6, size: TYPE.body });
    const sourceHeight = (doc.splitTextToSize(p.source, PAGE.width - 2 * PAGE.margin) as string[]).length * TYPE.small * TYPE.line;
    const bottom = PAGE.height - PAGE.margin - 14 - sourceHeight;
    await drawFitted(doc, p.draw, { x: PAGE.margin, y: top + 10, width: PAGE.width - 2 * PAGE.margin, height: bottom - 8 - (top + 10) }, p.steps);
    writeText(doc, { text: p.source, y: bottom, size: TYPE.small, colour: INK.muted });
    footer(page);
  }

  // Sources.
  doc.addPage('a4', 'landscape');
  page += 1;
  let top = writeText(doc, { text: t('export.pdf.sourcesHeading'), y: PAGE.margin, size: TYPE.title, bold: true });
  for (const p of pages.filter((q, i) => pages[i - 1]?.title !== q.title)) {
    top = writeText(doc, { text: p.title, y: top + 10, size: TYPE.body, bold: true });
    top = writeText(doc, { text: p.source, y: top + 2, size: TYPE.small, colour: INK.muted });
  }
  top = writeText(doc, { text: t('footer.dataLicence'), y: top + 16, size: TYPE.body });
  top = writeText(doc, { text: t('footer.credits'), y: top + 4, size: TYPE.small, colour: INK.muted });
  writeText(doc, { text: t('export.pdf.fullSources', { url: `${origin}/${locale}/sources/` }), y: top + 8, size: TYPE.body });
  footer(page);
  return doc.output('blob');
}
