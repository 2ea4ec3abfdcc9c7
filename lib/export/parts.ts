/**
 * The parts of a chart an image of a fixed size (a slide, A4, the square) shows one at a time.
 * At those sizes the text must be at least the preset's floor (lib/export/presets.ts: 24 px on a
 * 1920x1080 image), and a dense chart cannot say everything that large in one picture, so, as in
 * the deck, each panel is its own image: the calendar-year and part-year trade, each direction of
 * investment and the company counts, the oil per year and through the year, the milestones in
 * pages. The `screen` size keeps the whole chart as on the page.
 */
import type { ChartId } from '../charts/types';
import type { SizePreset } from './presets';

export type ExportPart =
  | { id: 'trade-years'; chart: 'trade-turnover'; panel: 'years' }
  | { id: 'trade-part-years'; chart: 'trade-turnover'; panel: 'partYears' }
  /** Page `page` (1-based) of `pages` of the part-year periods, where one image cannot hold them all. */
  | { id: `trade-part-years-${number}`; chart: 'trade-turnover'; panel: 'partYears'; page: number; pages: number }
  | { id: 'investment-kz-to-az'; chart: 'investment-flows'; panel: 'kzToAz' }
  | { id: 'investment-az-to-kz'; chart: 'investment-flows'; panel: 'azToKz' }
  | { id: 'investment-companies'; chart: 'investment-flows'; panel: 'companies' }
  | { id: 'oil-annual'; chart: 'oil-volumes'; panel: 'annual' }
  | { id: 'oil-running'; chart: 'oil-volumes'; panel: 'running' }
  /** Page `page` (1-based) of `pages`: the milestones in equal runs in date order. */
  | { id: `timeline-${number}`; chart: 'timeline'; panel: 'milestones'; page: number; pages: number };

export type ExportPartId = ExportPart['id'];

/**
 * Pages the milestones take: a page holds about nine at the type floor on the square (titles wrap
 * there), thirteen on the landscape sizes and the PDF's A4 page.
 */
export function countTimelinePages(preset: SizePreset | 'pdf'): number {
  return preset === 'square' ? 3 : 2;
}

/**
 * Pages the part-year trade periods take: on the square, ten periods with their labels at the type
 * floor leave no room for the source lines under them (the layout audit measured 18 px where 24 px
 * is the floor), so they go over two images; one elsewhere.
 */
export function countPartYearPages(preset: SizePreset | 'pdf'): number {
  return preset === 'square' ? 2 : 1;
}

const PARTS: Record<ChartId, readonly ExportPart[]> = {
  'trade-turnover': [
    { id: 'trade-years', chart: 'trade-turnover', panel: 'years' },
    { id: 'trade-part-years', chart: 'trade-turnover', panel: 'partYears' },
  ],
  'investment-flows': [
    { id: 'investment-kz-to-az', chart: 'investment-flows', panel: 'kzToAz' },
    { id: 'investment-az-to-kz', chart: 'investment-flows', panel: 'azToKz' },
    { id: 'investment-companies', chart: 'investment-flows', panel: 'companies' },
  ],
  'oil-volumes': [
    { id: 'oil-annual', chart: 'oil-volumes', panel: 'annual' },
    { id: 'oil-running', chart: 'oil-volumes', panel: 'running' },
  ],
  timeline: [],
};

/** The parts of a chart, in order, for images of this size (the milestones' pages depend on it). */
export function listExportParts(chartId: ChartId, preset: SizePreset | 'pdf'): readonly ExportPart[] {
  if (chartId === 'trade-turnover') {
    const pages = countPartYearPages(preset);
    if (pages === 1) return PARTS[chartId];
    return PARTS[chartId].flatMap((p) =>
      p.id === 'trade-part-years'
        ? Array.from({ length: pages }, (_, i) => ({ id: `trade-part-years-${i + 1}` as const, chart: 'trade-turnover' as const, panel: 'partYears' as const, page: i + 1, pages }))
        : [p],
    );
  }
  if (chartId !== 'timeline') return PARTS[chartId];
  const pages = countTimelinePages(preset);
  return Array.from({ length: pages }, (_, i) => ({ id: `timeline-${i + 1}` as const, chart: 'timeline' as const, panel: 'milestones' as const, page: i + 1, pages }));
}

/** True when images of this size show one part at a time (every fixed size), false for `screen`. */
export function isPartPreset(preset: SizePreset): boolean {
  return preset !== 'screen';
}

/**
 * The part with this id at this size; for the part-year trade, its pages and the whole stand for
 * each other across sizes (`trade-part-years` on the square is its first page, a page elsewhere
 * the whole); else the chart's first part.
 */
export function resolveExportPart(chartId: ChartId, id: string | undefined, preset: SizePreset | 'pdf'): ExportPart {
  const parts = listExportParts(chartId, preset);
  const exact = parts.find((p) => p.id === id);
  if (exact) return exact;
  const partYears = id === 'trade-part-years' || /^trade-part-years-\d+$/.test(id ?? '');
  return (partYears ? parts.find((p) => p.panel === 'partYears') : undefined) ?? parts[0]!;
}
