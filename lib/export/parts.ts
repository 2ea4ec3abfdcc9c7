/**
 * The parts of a chart an image of a fixed size (a slide, A4, the square) shows one at a time.
 * At those sizes the text must be at least the preset's floor (lib/export/presets.ts: 24 px on a
 * 1920x1080 image), and a dense chart cannot say everything that large in one picture, so, as in
 * the deck, each panel is its own image (each chart's module lists its parts: lib/charts/<chart>/parts.ts),
 * a panel that one image cannot hold over pages. The `screen` size keeps the whole chart as on the page.
 */
import type { CardView, ChartPartDef } from '../charts/module';
import { CHART_MODULES, type ChartModuleOf } from '../charts/registry';
import type { ChartId } from '../charts/types';
import type { SizePreset } from './presets';

/** The export parts one part definition of chart `C` gives: itself whole and/or its pages. */
type PartsOf<C extends ChartId, D> = D extends { id: infer I extends string; panel: infer P }
  ?
      | (D extends { paging: { whole: false } } ? never : { id: I; chart: C; panel: P })
      /** Page `page` (1-based) of `pages`, where one image cannot hold the panel. */
      | (D extends { paging: object } ? { id: `${I}-${number}`; chart: C; panel: P; page: number; pages: number } : never)
  : never;

export type ExportPart = { [C in ChartId]: PartsOf<C, ChartModuleOf<C>['parts'][number]> }[ChartId];

export type ExportPartId = ExportPart['id'];

/** The parts of a chart, in order, for images of this size (the pages of a paged panel depend on it). */
export function listExportParts(chartId: ChartId, preset: SizePreset | 'pdf'): readonly ExportPart[] {
  const defs: readonly ChartPartDef[] = CHART_MODULES[chartId].parts;
  return defs.flatMap(({ id, panel, paging }) => {
    const pages = paging?.pages(preset) ?? 1;
    if (!paging || (pages === 1 && paging.whole)) return [{ id, chart: chartId, panel }];
    return Array.from({ length: pages }, (_, i) => ({ id: `${id}-${i + 1}`, chart: chartId, panel, page: i + 1, pages }));
  }) as ExportPart[];
}

/** Page `page` of `pages` of a chart's paged part (the deck's own pages of the milestones). */
export function exportPartPage(chartId: ChartId, page: number, pages: number): ExportPart {
  const defs: readonly ChartPartDef[] = CHART_MODULES[chartId].parts;
  const def = defs.find((d) => d.paging);
  if (!def) throw new Error(`${chartId} has no part in pages`);
  return { id: `${def.id}-${page}`, chart: chartId, panel: def.panel, page, pages } as ExportPart;
}

/** The card's view that shows a part (its `shownAs`), for the address an image of it cites. */
export function partShownAs(part: ExportPart): CardView | null {
  const defs: readonly ChartPartDef[] = CHART_MODULES[part.chart].parts;
  return defs.find((d) => d.panel === part.panel)?.shownAs ?? null;
}

/** True when images of this size show one part at a time (every fixed size), false for `screen`. */
export function isPartPreset(preset: SizePreset): boolean {
  return preset !== 'screen';
}

/** The paged part definition `id` is, or is a page of (`trade-part-years`, `trade-part-years-2`). */
function pagedPartOf(chartId: ChartId, id: string | undefined): ChartPartDef | undefined {
  const defs: readonly ChartPartDef[] = CHART_MODULES[chartId].parts;
  return id === undefined ? undefined : defs.find((d) => d.paging && (id === d.id || (id.startsWith(`${d.id}-`) && /^\d+$/.test(id.slice(d.id.length + 1)))));
}

/**
 * The part with this id at this size; for a paged panel, its pages and the whole stand for each
 * other across sizes (`trade-part-years` on the square is its first page, a page elsewhere the
 * whole); else the chart's first part.
 */
export function resolveExportPart(chartId: ChartId, id: string | undefined, preset: SizePreset | 'pdf'): ExportPart {
  const parts = listExportParts(chartId, preset);
  const exact = parts.find((p) => p.id === id);
  if (exact) return exact;
  const paged = pagedPartOf(chartId, id);
  return (paged ? parts.find((p) => p.panel === paged.panel) : undefined) ?? parts[0]!;
}
