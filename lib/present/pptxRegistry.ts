/**
 * How each chart goes into the .pptx (one .pptx slide per deck slide): native PowerPoint charts of
 * its panels (lib/charts/<chart>/pptx.ts builds their specs from the chart's view), or, for a chart
 * no PowerPoint chart draws, a picture of each of its deck pages from the export pipeline.
 * Adding a chart is adding a line here too (the type checker asks for it).
 */
import { investmentFlowsPptx, investmentFlowsPptxPanels } from '../charts/investment-flows/pptx';
import { middleCorridorPptx, middleCorridorPptxPanels } from '../charts/middle-corridor/pptx';
import { oilVolumesPptx, oilVolumesPptxPanels } from '../charts/oil-volumes/pptx';
import type { ChartView } from '../charts/build';
import { timelinePptxPicture } from '../charts/timeline/pptx';
import { tradeTurnoverPptx, tradeTurnoverPptxPanels } from '../charts/trade-turnover/pptx';
import type { ChartId } from '../charts/types';
import type { SlideId } from './deck';
import type { ChartSpec, PanelId } from './pptxCharts';
import { SLIDE_DEFINITIONS, type ChartSlidePart } from './slides';

type ViewOf<K extends ChartId> = Extract<ChartView, { id: K }>;

/** Native charts: the .pptx panel of each part a deck slide draws, and the specs of a view's panels. */
interface NativePptx<K extends ChartId> {
  kind: 'native';
  panelOf: Record<Extract<ChartSlidePart, { chart: K }>['panel'], PanelId>;
  panels: (view: ViewOf<K>) => ChartSpec[];
}

/** A picture a page (the deck's pages of the chart): its ratio, smallest text, and what a page shows, for the alt text. */
interface PicturePptx<K extends ChartId> {
  kind: 'picture';
  ratio: number;
  smallestPx: number;
  pageItems: (view: ViewOf<K>, page: number, pages: number) => string[];
}

const PPTX_CHARTS: { readonly [K in ChartId]: NativePptx<K> | PicturePptx<K> } = {
  'trade-turnover': { kind: 'native', panelOf: tradeTurnoverPptxPanels, panels: tradeTurnoverPptx },
  'investment-flows': { kind: 'native', panelOf: investmentFlowsPptxPanels, panels: investmentFlowsPptx },
  'oil-volumes': { kind: 'native', panelOf: oilVolumesPptxPanels, panels: oilVolumesPptx },
  'middle-corridor': { kind: 'native', panelOf: middleCorridorPptxPanels, panels: middleCorridorPptx },
  timeline: { kind: 'picture', ...timelinePptxPicture },
};

/** A chart's entry, typed loosely enough to call for any chart. */
function pptxOf(id: ChartId): NativePptx<ChartId> | PicturePptx<ChartId> {
  return PPTX_CHARTS[id] as unknown as NativePptx<ChartId> | PicturePptx<ChartId>;
}

/**
 * What a deck slide becomes in the .pptx:
 * - `chart`: the PowerPoint chart of the one panel the deck slide draws (lib/present/slides.ts);
 * - `pages`: page `page` of `pages` of a chart no PowerPoint chart draws, as a picture from the export pipeline;
 * - `map`: the route map as a picture from the export pipeline;
 * - `text`: the slide's own text as text boxes (the title and headlines slides).
 */
export type PptxSlideSource =
  | { kind: 'chart'; chartId: ChartId; panel: PanelId; slidePanel: ChartSlidePart['panel'] }
  | { kind: 'pages'; chartId: ChartId; page: number; pages: number }
  | { kind: 'map' }
  | { kind: 'text' };

/** The kind of .pptx slide for a deck slide, from the deck's own slide definitions. */
export function pptxSlideSource(id: SlideId): PptxSlideSource {
  const def = SLIDE_DEFINITIONS[id];
  if (def.kind === 'map') return { kind: 'map' };
  if (def.kind !== 'chart') return { kind: 'text' };
  const pptx = pptxOf(def.chart);
  if (pptx.kind === 'picture') {
    const { page = 1, pages = 1 }: { page?: number; pages?: number } = def;
    return { kind: 'pages', chartId: def.chart, page, pages };
  }
  return { kind: 'chart', chartId: def.chart, panel: pptx.panelOf[def.panel], slidePanel: def.panel };
}

/** The charts of a view, one per panel with something to draw, optionally only some panels. */
export function chartPanels(view: ChartView, only: readonly PanelId[] | null = null): ChartSpec[] {
  if (view.empty) return [];
  const pptx = pptxOf(view.id);
  const all = pptx.kind === 'native' ? pptx.panels(view) : [];
  return only ? all.filter((c) => only.includes(c.panel)) : all;
}

/** How a chart drawn as pictures goes on its slides (a `pages` slide source's chart). */
export function pagePicture(id: ChartId): Omit<PicturePptx<ChartId>, 'kind'> {
  const pptx = pptxOf(id);
  if (pptx.kind !== 'picture') throw new Error(`${id} is drawn as native charts`);
  return pptx;
}
