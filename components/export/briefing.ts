/**
 * The briefing pack: one A4-landscape PDF of the whole dashboard in one language, built in the
 * browser with jsPDF + svg2pdf.js: a cover (title, date, language, view), one page per chart and
 * one for the map (title, description, the drawing as vector paths with selectable text, source
 * line, page number), and a sources page. Text is set in Noto Sans (TrueType, embedded), so
 * Azerbaijani and Kazakh letters are right and searchable.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import type { ChartData } from '@/lib/charts/build';
import { CHART_IDS, type ChartFilter } from '@/lib/charts/types';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { replaceMissingGlyphs } from '@/lib/export/pdfText';
import type { YearBounds } from '@/lib/urlState';
import { loadExportLocale } from './exportLocale';
import { buildExportView, makeViewAddress, renderChartSvg } from './renderChart';
import { renderMapSvg } from './renderMap';

/** A4 landscape in points, and the page's margins and type sizes (pt). */
const PAGE = { width: 841.89, height: 595.28, margin: 40 } as const;
const TYPE = { cover: 30, coverSub: 16, title: 18, body: 10.5, small: 8.5, line: 1.3 } as const;
const INK = { text: '#1a1f29', muted: '#4a5363', rule: '#d4d9e1' } as const;
/** Layout size (CSS px) of the drawing on a page: the page's text column at 96 dpi. */
const DRAWING_LAYOUT = { width: 1020, height: 520 } as const;
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
  const [regular, bold] = await Promise.all([fetchBase64('/export/fonts/NotoSans-Regular.ttf'), fetchBase64('/export/fonts/NotoSans-Bold.ttf')]);
  doc.addFileToVFS('NotoSans-Regular.ttf', regular);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', bold);
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  // No italic face is embedded: italic text (sea names) is set upright rather than in a font
  // without these letters.
  doc.addFont('NotoSans-Regular.ttf', FONT, 'italic');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bolditalic');
}

/** Writes wrapped text from `y` (top) and returns the y below it. */
function writeText(doc: jsPDF, args: { text: string; y: number; size: number; bold?: boolean; colour?: string; width?: number; x?: number }): number {
  const { text, size, bold = false, colour = INK.text, x = PAGE.margin, width = PAGE.width - 2 * PAGE.margin } = args;
  if (!text) return args.y;
  doc.setFont(FONT, bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  doc.setTextColor(colour);
  const lines = doc.splitTextToSize(replaceMissingGlyphs(text), width) as string[];
  doc.text(lines, x, args.y, { baseline: 'top', lineHeightFactor: TYPE.line });
  return args.y + lines.length * size * TYPE.line;
}

async function drawSvg(doc: jsPDF, svg: string, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0';
  host.innerHTML = replaceMissingGlyphs(svg.replace(/^<\?xml[^>]*>\s*/, ''));
  document.body.appendChild(host);
  try {
    const element = host.querySelector('svg')!;
    await svg2pdf(element, doc, box);
  } finally {
    host.remove();
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
  const total = views.length + 3;
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

  const drawingBox = (top: number, bottom: number) => {
    const width = PAGE.width - 2 * PAGE.margin;
    const height = Math.min(bottom - top, (width * DRAWING_LAYOUT.height) / DRAWING_LAYOUT.width);
    return { x: PAGE.margin + (width - (height * DRAWING_LAYOUT.width) / DRAWING_LAYOUT.height) / 2, y: top, width: (height * DRAWING_LAYOUT.width) / DRAWING_LAYOUT.height, height };
  };
  const preset = { layout: DRAWING_LAYOUT, output: DRAWING_LAYOUT };

  // One page per chart, then the map.
  let page = 1;
  const pages = [
    ...views.map((view) => ({
      title: view.title,
      subtitle: view.subtitle,
      description: [view.filterNote, view.description].filter(Boolean).join(' '),
      source: view.sourceLine,
      draw: () => renderChartSvg({ chartId: view.id, locale, filter, data, bounds, preset, background: 'white', plain: true, origin }).then((r) => r.svg),
    })),
    {
      title: t('map.heading'),
      subtitle: t('export.mapTitle'),
      description: t('export.pdf.mapDescription'),
      source: t('map.attribution'),
      draw: () => renderMapSvg({ locale, preset, background: 'white', plain: true, origin }).then((r) => r.svg),
    },
  ];
  for (const p of pages) {
    doc.addPage('a4', 'landscape');
    page += 1;
    let top = writeText(doc, { text: p.title, y: PAGE.margin, size: TYPE.title, bold: true });
    top = writeText(doc, { text: p.subtitle, y: top + 2, size: TYPE.body, colour: INK.muted });
    top = writeText(doc, { text: p.description, y: top + 6, size: TYPE.body });
    const sourceHeight = (doc.splitTextToSize(replaceMissingGlyphs(p.source), PAGE.width - 2 * PAGE.margin) as string[]).length * TYPE.small * TYPE.line;
    const bottom = PAGE.height - PAGE.margin - 14 - sourceHeight;
    const box = drawingBox(top + 10, bottom - 8);
    await drawSvg(doc, await p.draw(), box);
    writeText(doc, { text: p.source, y: bottom, size: TYPE.small, colour: INK.muted });
    footer(page);
  }

  // Sources.
  doc.addPage('a4', 'landscape');
  page += 1;
  let top = writeText(doc, { text: t('export.pdf.sourcesHeading'), y: PAGE.margin, size: TYPE.title, bold: true });
  for (const p of pages) {
    top = writeText(doc, { text: p.title, y: top + 10, size: TYPE.body, bold: true });
    top = writeText(doc, { text: p.source, y: top + 2, size: TYPE.small, colour: INK.muted });
  }
  top = writeText(doc, { text: t('footer.dataLicence'), y: top + 16, size: TYPE.body });
  top = writeText(doc, { text: t('footer.credits'), y: top + 4, size: TYPE.small, colour: INK.muted });
  writeText(doc, { text: t('export.pdf.fullSources', { url: `${origin}/${locale}/sources/` }), y: top + 8, size: TYPE.body });
  footer(page);
  return doc.output('blob');
}
