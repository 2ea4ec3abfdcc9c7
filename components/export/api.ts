/**
 * The export API in one place (browser only; import it lazily: `await import('@/components/export/api')`).
 *
 * Images
 * - `renderChartSvg(options)` -> `{ svg, output, view, title }`: one chart as a self-contained SVG
 *   document (title, subtitle, legend, plot, source line, as-of date, address, licence; `plain`
 *   leaves header and footer out), in any language, at a size preset or explicit size.
 * - `renderChartImage({ ...options, scale })` -> PNG `Blob` of `output × scale` pixels.
 * - `rasterizeSvg(svg, pixels)` -> PNG `Blob`.
 * - `outlineSvg(svg)` -> the same document with its text as glyph outlines (what the SVG download
 *   gives: draws alike in librsvg and Inkscape; loads fontkit and two small fonts). Keep the
 *   composed SVG for anything that should carry real text (the PDF).
 *   Options: `{ chartId, locale, filter, data, bounds, preset, onScreen?, background, plain, part? }`,
 *   where `preset` is a `SizePreset` ('slide-16x9' | 'slide-4x3' | 'a4-landscape' | 'square' |
 *   'screen') or `{ layout: {width,height} /* CSS px *\/, output: {width,height} /* px at 1x *\/ }`.
 *   At a named size other than 'screen' the image shows one part of the chart (`part`, an id of
 *   lib/export/parts.ts; the chart's first part by default), written at the preset's type floor.
 *   E.g. a 16:9 slide picture: `renderChartImage({ chartId: 'trade-turnover', part: 'trade-years', locale: 'kk', filter,
 *   data, bounds, preset: 'slide-16x9', scale: 2, background: 'white', plain: true })`.
 *
 * - `renderMapSvg({ locale, preset, onScreen?, background, plain, extent? })` and
 *   `renderMapImage({ ...same, scale })`: the route map composed from the basemap and the route
 *   data (not a screenshot), with legend and attribution; `extent` defaults to the whole route.
 *
 * Data
 * - `exportChartData({ chartId, filter, data, bounds, format: 'csv' | 'json', scope: 'plotted' | 'full', locale })`.
 *
 * Pure helpers (also usable on the server) are in lib/export/: file names, presets, CSV/JSON rows,
 * SVG document.
 */
import type { CardView } from '@/lib/charts/module';
import type { ChartData } from '@/lib/charts/build';
import type { ChartFilter, ChartId } from '@/lib/charts/types';
import { buildExportCsv, buildExportJson, selectExportRows } from '@/lib/export/chartData';
import type { SizePreset } from '@/lib/export/presets';
import { escapeXml } from '@/lib/export/svgDocument';
import { serializeViewState, type ViewState, type YearBounds } from '@/lib/urlState';
import { loadExportLocale } from './exportLocale';
import { buildExportView, makeViewAddress, type ExportBackground } from './renderChart';

export { renderMapImage, renderMapSvg, type MapImageOptions } from './renderMap';
export { rasterizeSvg } from './rasterize';
export { outlineSvg } from './outline';
export { renderChartImage, renderChartSvg, type ChartImageOptions, type ChartSvg, type ExportBackground } from './renderChart';

/** The image options the Export menu collects. */
export interface ImageRequest {
  locale: string;
  preset: SizePreset;
  background: ExportBackground;
  plain: boolean;
  /** The part of a chart a fixed-size image shows (lib/export/parts.ts). */
  part?: string;
  /** An image of the whole chart: the card's view it draws (`trade=gap`), where not the default. */
  shownAs?: CardView | null;
}

/** CSV or JSON of a chart's figures (see lib/export/chartData.ts). */
export async function exportChartData(args: {
  chartId: ChartId;
  filter: ChartFilter;
  data: ChartData;
  bounds: YearBounds;
  format: 'csv' | 'json';
  scope: 'plotted' | 'full';
  locale: string;
}): Promise<string> {
  const { chartId, filter, data, bounds, format, scope, locale } = args;
  const words = await loadExportLocale(locale);
  const rows = selectExportRows({ chart: chartId, data, filter, scope, release: words.release });
  if (format === 'csv') return buildExportCsv(rows);
  const view = buildExportView({ chartId, locale, filter, data, bounds }, words);
  return buildExportJson({
    rows,
    chart: chartId,
    scope,
    filter,
    title: view.title,
    sourceLine: view.sourceLine,
    locale,
    url: makeViewAddress({ origin: window.location.origin, locale, filter, bounds, hash: chartId }),
    licence: words.t('footer.dataLicence'),
    release: words.release,
  });
}

/** The iframe snippet for a chart's embed page, with the current filter. */
export function makeEmbedSnippet(args: { origin: string; locale: string; chartId: string; title: string; state: ViewState; bounds: YearBounds }): string {
  const { origin, locale, chartId, title, state, bounds } = args;
  const search = serializeViewState({ ...state, view: 'chart' }, bounds);
  const src = `${origin}/${locale}/embed/${chartId}/${search}`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
