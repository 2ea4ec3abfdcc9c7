/**
 * Chart images for export (SVG and PNG), in any of the four languages, at a size preset: the
 * chart's own components are laid out off-screen at the preset's size (the plots re-lay out for
 * it: nothing is stretched), then drawn as one self-contained SVG (convertDomToSvg), which the PNG
 * rasterises at an explicit scale. Browser only; imported lazily (see components/export/README.md).
 */
import { ChartBody } from '@/components/charts/ChartBody';
import type { CardView } from '@/lib/charts/module';
import { buildChartView, type ChartData, type ChartView } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { ChartFilter, ChartId } from '@/lib/charts/types';
import { composeSvgDocument } from '@/lib/export/svgDocument';
import { computeMinTextPx, computePixelSize, fitLayoutToText, resolvePresetSize, type ExportScale, type PixelSize, type PresetSize, type SizePreset } from '@/lib/export/presets';
import { isPartPreset, partShownAs, resolveExportPart, type ExportPart } from '@/lib/export/parts';
import { serializeViewState, type YearBounds } from '@/lib/urlState';
import { convertDomToSvg } from './domToSvg';
import { ExportFrame, type FrameText } from './ExportFrame';
import { ExportPartBody, describePart } from './ExportPart';
import { panelSourceLine } from '@/lib/charts/panelSource';
import { loadExportLocale, type ExportLocale } from './exportLocale';
import { buildFontCss } from './fonts';
import { rasterizeSvg } from './rasterize';
import { waitForFrames, waitUntil, withOffscreen } from './offscreen';

/** White paper, or none (transparent PNG; SVG without a background rectangle). */
export type ExportBackground = 'white' | 'transparent';
export const PAPER = '#ffffff';

export interface ChartImageOptions {
  chartId: ChartId;
  /** Language of the words in the image (need not be the page's). */
  locale: string;
  filter: ChartFilter;
  /** The charts' data and year bounds (from ChartsProvider, or selectChartData on the server). */
  data: ChartData;
  bounds: YearBounds;
  /** A named size, or explicit layout (CSS px) and output (image px at 1x) sizes. */
  preset: SizePreset | PresetSize;
  /** Width and height of the chart on screen, for the `screen` preset. */
  onScreen?: PixelSize;
  background: ExportBackground;
  /** Leaves out header (title, subtitle) and footer (source, as-of, address, licence). */
  plain: boolean;
  /** Origin of the dashboard for the address in the footer; defaults to this page's. */
  origin?: string;
  /**
   * The part of the chart a fixed-size image shows (lib/export/parts.ts; the chart's first part
   * when missing). Named sizes other than `screen` always show one part; an explicit size (the
   * PDF) shows one when `part` is given, else the whole chart.
   */
  part?: string | ExportPart;
  /** An image of the whole chart (no part): the card's view it draws, where not the default (`trade=gap`). */
  shownAs?: CardView | null;
  /** For an explicit size: the smallest text, image px at 1x (the PDF's 8 pt); named sizes use the preset's floor. */
  minText?: number;
}

/** A rendered SVG and its sizes. */
export interface ChartSvg {
  svg: string;
  /** Image size at 1x (px). */
  output: PixelSize;
  view: ChartView;
  title: string;
}

/** The chart's view in the export's language, built by the same functions as the page's. */
export function buildExportView(options: Pick<ChartImageOptions, 'chartId' | 'locale' | 'filter' | 'data' | 'bounds'>, words: ExportLocale): ChartView {
  const { chartId, locale, filter, data, bounds } = options;
  return buildChartView(chartId, { data, filter, bounds, locale, t: words.t, format: createDictionaryFormatter(words.dictionary) });
}

/** The address of a chart's view: `https://…/kk/?reporter=KZ#trade-turnover`. */
export function makeViewAddress(args: { origin: string; locale: string; filter: ChartFilter; bounds: YearBounds; hash: string; trade?: 'sides' | 'gap' }): string {
  const { origin, locale, filter, bounds, hash, trade = 'sides' } = args;
  const search = serializeViewState({ reporters: [...filter.reporters], from: filter.range.from, to: filter.range.to, view: 'chart', trade }, bounds);
  return `${origin}/${locale}/${search}#${hash}`;
}

/** A source line followed by the chart's "Last updated: …" (either may be missing). */
export function withLastUpdated(sourceLine: string, updated: string | null): string {
  return [sourceLine, updated].filter(Boolean).join(' · ');
}

/** Words of the header and footer. */
export function buildFrameText(args: { view: Pick<ChartView, 'id' | 'title' | 'subtitle' | 'filterNote' | 'sourceLine'>; words: ExportLocale; address: string }): FrameText {
  const { view, words, address } = args;
  return {
    title: view.title,
    subtitle: view.subtitle,
    filterNote: view.filterNote,
    sourceLine: view.sourceLine,
    updated: words.updated[view.id],
    asOfAndAddress: [words.asOf, words.t('export.dashboard', { url: address })].filter(Boolean).join(' · '),
    licence: words.t('footer.dataLicence'),
  };
}

/** Plots are not squeezed below this share of their height on the dashboard. */
const MIN_PLOT_SHARE = 0.7;
/** How far the layout may grow (keeping its shape) when a chart does not fit a preset. */
const MAX_LAYOUT_ZOOM = 2;

/**
 * Grows or shrinks the plot boxes so that the drawing fills the body of a fixed-size frame.
 * Returns false when the plots would have to shrink below MIN_PLOT_SHARE of their dashboard
 * height (the frame is too small for this chart at this text size).
 */
async function fitPlots(host: HTMLElement, minShare = MIN_PLOT_SHARE): Promise<boolean> {
  const body = host.querySelector<HTMLElement>('[data-export-body]');
  const frames = [...host.querySelectorAll<HTMLElement>('[data-export-body] [data-testid^="plot-"]')];
  if (!body) return true;
  const part = body.querySelector<HTMLElement>('[data-export-part]');
  if (part) {
    // One part (ExportPart.tsx): the plot takes what the text leaves; it fits when nothing runs
    // past the body and each plot has the room its rows need.
    await waitUntil(() => frames.every(isDrawnAtSize), 'the plots to re-lay out');
    await waitForFrames(1);
    const fills = [...part.querySelectorAll<HTMLElement>('[data-export-fill]')];
    return part.scrollHeight <= part.clientHeight + 1 && fills.every((f) => f.clientHeight >= Number(f.dataset.minH ?? 0));
  }
  const contentHeight = () => Math.max(0, ...[...body.children].map((c) => c.getBoundingClientRect().bottom)) - body.getBoundingClientRect().top;
  if (frames.length === 0) return contentHeight() <= body.clientHeight + 1;
  // Back to the dashboard's heights (unless still there, as on the first try), then measure what
  // the text and legends take.
  for (const f of frames) f.dataset.exportH0 ??= String(f.getBoundingClientRect().height);
  const natural = frames.map((f) => Number(f.dataset.exportH0));
  if (frames.some((f, i) => Math.abs(f.getBoundingClientRect().height - natural[i]!) > 0.5)) await resizePlots(frames, natural);
  // Plots side by side share a row: only the tallest of a row counts towards the height.
  const rows = new Map<number, number>();
  for (const f of frames) {
    const r = f.getBoundingClientRect();
    const top = Math.round(r.top / 4);
    rows.set(top, Math.max(rows.get(top) ?? 0, r.height));
  }
  const plotsHeight = [...rows.values()].reduce((a, b) => a + b, 0);
  const share = (plotsHeight + body.clientHeight - contentHeight()) / plotsHeight;
  await resizePlots(
    frames,
    natural.map((h) => Math.floor(h * Math.max(share, minShare))),
  );
  return share >= minShare;
}

async function resizePlots(frames: HTMLElement[], heights: number[]): Promise<void> {
  frames.forEach((frame, i) => {
    const h = `${heights[i]}px`;
    frame.style.setProperty('--frame-h', h);
    frame.style.setProperty('--frame-h-phone', h);
    frame.style.height = h;
  });
  // The check compares each drawing with its frame's new size, so it cannot pass on the old one.
  await waitUntil(() => frames.every(isDrawnAtSize), 'the plots to re-lay out');
  await waitForFrames(1);
}

/** Plots may shrink this far (share of their dashboard height) to keep the text at the floor. */
const LAST_PLOT_SHARE = 0.6;

/**
 * Lays a chart out in a fixed-size frame: the plots take the room left by the text; if a dense
 * chart does not fit, the layout grows (same shape, so the text gets smaller in the image) while
 * `maxZoom` allows, then the plots may shrink to `lastShare`. Returns the layout size used and
 * whether everything fits.
 */
async function fitFrame(host: HTMLElement, frame: HTMLElement, layout: PixelSize, maxZoom: number, lastShare = MIN_PLOT_SHARE): Promise<{ size: PixelSize; fits: boolean }> {
  let zoom = 1;
  for (;;) {
    const size = { width: Math.round(layout.width * zoom), height: Math.round(layout.height * zoom) };
    if (frame.style.width !== `${size.width}px` || frame.style.height !== `${size.height}px`) {
      frame.style.width = `${size.width}px`;
      frame.style.height = `${size.height}px`;
      await waitForFrames(2);
    }
    if (await fitPlots(host, MIN_PLOT_SHARE)) return { size, fits: true };
    if (zoom >= maxZoom) return { size, fits: lastShare < MIN_PLOT_SHARE && (await fitPlots(host, lastShare)) };
    zoom = Math.min(maxZoom, zoom * 1.2);
  }
}

/** Sets every HTML text under `min` CSS px to `min` (in document order, so nested sizes follow). */
function raiseSmallText(root: HTMLElement, min: number): () => void {
  const raised: HTMLElement[] = [];
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    if (!(el instanceof HTMLElement)) continue;
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!hasText) continue;
    if (parseFloat(getComputedStyle(el).fontSize) < min - 0.01) {
      el.style.setProperty('font-size', `${min}px`, 'important');
      raised.push(el);
    }
  }
  return () => raised.forEach((el) => el.style.removeProperty('font-size'));
}

/** The smallest font size (CSS px) of the text drawn in `root`. */
function measureSmallestText(root: HTMLElement): number {
  let smallest = Infinity;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim()) continue;
    const cs = getComputedStyle(parent);
    if (cs.display === 'none' || cs.visibility === 'hidden' || parent.getClientRects().length === 0) continue;
    smallest = Math.min(smallest, parseFloat(cs.fontSize));
  }
  return Number.isFinite(smallest) ? smallest : 0;
}

/** True when recharts has drawn the plot for the frame's current size (not merely stretched it). */
function isDrawnAtSize(frame: HTMLElement): boolean {
  const svg = frame.querySelector<SVGSVGElement>('svg.recharts-surface');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width === 0) return false;
  return Math.abs(box.height - frame.clientHeight) < 2 && Math.abs(box.width - frame.clientWidth) < 2;
}

/** Waits for every plot of the chart to be drawn (recharts loads after mount). */
async function waitForPlots(host: HTMLElement): Promise<void> {
  const frames = () => [...host.querySelectorAll<HTMLElement>('[data-export-body] [data-testid^="plot-"]')];
  await waitUntil(() => frames().every(isDrawnAtSize), 'the plots');
}

/**
 * Type scales with the preset (lib/export/presets.ts: 24 px on the 1920x1080 image). The small
 * text of the page and the plots is raised to the floor (headings stay as they are), text still
 * smaller (the map's labels) makes the layout smaller; the plots may then shrink to
 * LAST_PLOT_SHARE of their dashboard height. A chart that does not fit that way is laid out as
 * before (the preset's layout, grown for a dense chart), so it never overlaps: the layout audit
 * (`npm run audit:export`) lists those charts' text under the floor. Named presets only: a caller
 * that passes its own sizes (the PDF, the deck) keeps its own type.
 */
async function fitToPreset(host: HTMLElement, frame: HTMLElement, size: PresetSize, minText: number | null): Promise<PixelSize> {
  if (minText !== null) {
    const floor = Math.ceil(((minText * size.layout.height) / size.output.height) * 100) / 100;
    frame.style.setProperty('--export-min-text', `${floor}px`);
    frame.dataset.exportFloor = '';
    const lower = raiseSmallText(frame, floor);
    // With everything, then without the optional text (the "last updated" line) if it costs the floor.
    const optional = [...frame.querySelectorAll<HTMLElement>('[data-export-optional]')];
    for (const leaveOut of optional.length > 0 ? [false, true] : [false]) {
      for (const el of optional) el.style.display = leaveOut ? 'none' : '';
      await waitForFrames(2);
      const smallest = measureSmallestText(frame);
      const start = fitLayoutToText(size, smallest, minText);
      // (0.995: the layout is rounded to whole pixels.)
      const headroom = Math.max(1, Math.min(MAX_LAYOUT_ZOOM, (0.995 * smallest * size.output.height) / start.height / minText));
      const atFloor = await fitFrame(host, frame, start, headroom, LAST_PLOT_SHARE);
      if (atFloor.fits) return atFloor.size;
    }
    // (The optional text stays out: no room for it at the floor, less at a smaller size.)
    lower();
    delete frame.dataset.exportFloor;
    await waitForFrames(2);
  }
  return (await fitFrame(host, frame, size.layout, MAX_LAYOUT_ZOOM)).size;
}

/** Lays out a drawing in an ExportFrame off-screen and returns it as one SVG document. */
export async function renderFrameSvg(args: {
  drawing: React.ReactElement;
  size: PresetSize;
  plain: boolean;
  text: FrameText;
  lang: string;
  background: ExportBackground;
  description: string;
  settle: (host: HTMLElement) => Promise<void>;
  /** The smallest text (image px at 1x) of a named preset; null for sizes a caller sets (PDF, deck). */
  minText: number | null;
}): Promise<{ svg: string; output: PixelSize }> {
  const { drawing, size, plain, text, lang, background, description, settle, minText } = args;
  const fixed = size.layout.height > 0;
  return withOffscreen(
    <ExportFrame width={size.layout.width} height={fixed ? size.layout.height : null} plain={plain} text={text} lang={lang}>
      {drawing}
    </ExportFrame>,
    async (host) => {
      await document.fonts.ready;
      await settle(host);
      const frame = host.querySelector<HTMLElement>('[data-export-frame]')!;
      // A fixed size re-lays the plots out and waits for that; otherwise give them two frames to
      // finish (labels placed after the first pass).
      if (!fixed) await waitForFrames(2);
      let layout: PixelSize;
      if (fixed) {
        layout = await fitToPreset(host, frame, size, minText);
        // Whatever draws itself for its box (the map) has caught up with the last size.
        await settle(host);
      } else layout = { width: size.layout.width, height: Math.ceil(frame.getBoundingClientRect().height) };
      const output = fixed ? size.output : layout;
      const drawn = convertDomToSvg(frame, lang);
      const fontCss = await buildFontCss(`${drawn.text} ${text.title}`, drawn.bold);
      const svg = composeSvgDocument({
        size: output,
        viewBox: layout,
        title: text.title,
        description,
        fontCss,
        background: background === 'white' ? PAPER : null,
        body: drawn.markup,
        lang,
      });
      return { svg, output };
    },
  );
}

/** One chart as a self-contained SVG document. */
export async function renderChartSvg(options: ChartImageOptions): Promise<ChartSvg> {
  const words = await loadExportLocale(options.locale);
  const view = buildExportView(options, words);
  const size = typeof options.preset === 'string' ? resolvePresetSize(options.preset, options.onScreen) : options.preset;
  const minText = typeof options.preset === 'string' ? computeMinTextPx(size) : (options.minText ?? null);
  const onePart = typeof options.preset === 'string' ? isPartPreset(options.preset) : options.part !== undefined;
  // A part given whole (the .pptx's page of the deck's milestones) is drawn as it is.
  const part: ExportPart | null = !onePart ? null : typeof options.part === 'object' ? options.part : resolveExportPart(options.chartId, options.part, typeof options.preset === 'string' ? options.preset : 'pdf');
  // The address of the view the image shows (the trade card's difference view for its part).
  const address = makeViewAddress({ origin: options.origin ?? window.location.origin, locale: options.locale, filter: options.filter, bounds: options.bounds, hash: options.chartId, ...(part ? partShownAs(part) : options.shownAs) });
  const frameText = buildFrameText({ view, words, address });
  const text = part ? { ...frameText, subtitle: describePart(view, part), sourceLine: panelSourceLine(view, part.panel, 'page' in part ? part : undefined) } : frameText;
  // The part's text is written at the floor (CSS px of the layout), so its labels get their room.
  const font = minText === null ? 16 : Math.max(12, Math.ceil(((minText * size.layout.height) / size.output.height) * 100) / 100);
  const { svg, output } = await renderFrameSvg({
    drawing: part ? <ExportPartBody view={view} part={part} font={font} /> : <ChartBody view={view} forExport shownAs={options.shownAs ?? null} />,
    size,
    plain: options.plain,
    text,
    lang: options.locale,
    background: options.background,
    description: [view.subtitle, view.description, view.sourceLine].filter(Boolean).join(' '),
    settle: waitForPlots,
    minText,
  });
  return { svg, output, view, title: view.title };
}

/** One chart as a PNG at `scale` times the preset's output size. */
export async function renderChartImage(options: ChartImageOptions & { scale: ExportScale }): Promise<Blob> {
  const { svg, output } = await renderChartSvg(options);
  return rasterizeSvg(svg, computePixelSize(output, options.scale));
}
