/**
 * What one chart brings to the dashboard (lib/charts/<chart>/index.ts): its definition, the data it
 * reads, how it shapes and words that data, and what the exports and "last updated" need to know.
 * The registry (lib/charts/registry.ts) lists the modules; everything that works on "every chart"
 * iterates it instead of switching on chart ids.
 */
import type { SizePreset } from '../export/presets';
import type { ChartDefinition } from './definitions';
import type { ChartFilter, YearRange } from './types';
import type { SourceRef, ViewContext } from './viewModel';

/** The figures, milestones and sources the charts read (trimmed of notes; serialisable). */
export interface ChartData {
  observations: readonly unknown[];
  milestones: readonly unknown[];
  sources: readonly SourceRef[];
}

/** What a chart's view builder is given besides the data: the words, the filter and the data's years. */
export type ChartViewContext = ViewContext & { bounds: YearRange };

/**
 * A panel of a chart that an image of a fixed size shows on its own (lib/export/parts.ts). A
 * `paging` part that one image cannot hold goes over pages `${id}-1`, `${id}-2`…; where it takes one
 * page it keeps its own id if `whole`, else it is `${id}-1` of 1.
 */
export interface ChartPartDef {
  /** Its id in exports (file names, URLs). */
  id: string;
  /** The part of the chart's view it draws. */
  panel: string;
  paging?: { pages: (preset: SizePreset | 'pdf') => number; whole: boolean };
  /** The card's view that shows this part, where it is not the default (the address an image cites). */
  shownAs?: CardView;
}

/** A card's view other than its default (the trade card's difference between the sides, `trade=gap`). */
export type CardView = { trade: 'gap' };

/** A deck slide of a chart: its slide id, the panel it draws and, for a page of a panel, which. */
export interface ChartSlideDef {
  id: string;
  panel: string;
  page?: number;
  pages?: number;
}

/** What every shape has: the sources of the figures it plots. */
export interface ShapeBase {
  sourceIds: readonly string[];
}

export interface ChartModule<Id extends string = string, Shape extends ShapeBase = ShapeBase, View extends { id: Id } = { id: Id }> {
  id: Id;
  definition: ChartDefinition<Id>;
  /** Indicators of the figures it reads: other rows are not sent to the browser. */
  indicators: readonly string[];
  /** Whether it reads the milestones (an embed of another chart does not carry them). */
  readsMilestones: boolean;
  /**
   * Exported rows: `observations` whose indicator starts with one of `prefixes` (its full series),
   * or the `milestones`.
   */
  exportRows: { kind: 'observations'; prefixes: readonly string[] } | { kind: 'milestones' };
  /** The options the slide chooser offers on this chart's slides (the side(s), the years). */
  slideOptions: { reporters: boolean; years: boolean };
  /** Its parts in fixed-size exports, in order. */
  parts: readonly ChartPartDef[];
  /** Its deck slides, in deck order. */
  slides: readonly ChartSlideDef[];
  /** The shape for a filter, as the exports, the year bounds and "last updated" read it. */
  shape(data: ChartData, filter: ChartFilter): Shape;
  /** The years the shape draws something in. */
  yearsOf(shape: Shape): number[];
  /** The ids of the figures (or milestones) the shape draws. */
  drawnIds(shape: Shape): Set<string>;
  /** The view model for a filter, in the page's language. */
  buildView(data: ChartData, ctx: ChartViewContext): View;
}

/** A chart of figures: shaped from the rows of its indicators, exported as those rows, no milestones. */
export function defineFigureChart<
  Id extends string,
  Shape extends ShapeBase,
  View extends { id: Id },
  const Parts extends readonly ChartPartDef[],
  const Slides extends readonly ChartSlideDef[],
>(args: {
  id: Id;
  definition: ChartDefinition<Id>;
  indicators: readonly string[];
  /** Indicator prefixes of its full series in exports. */
  exportPrefixes: readonly string[];
  slideOptions: ChartModule['slideOptions'];
  parts: Parts;
  slides: Slides;
  shapeFigures: (input: ChartFilter & { observations: readonly unknown[] }) => Shape;
  yearsOf: (shape: Shape) => number[];
  viewOf: (shape: Shape, ctx: ChartViewContext) => View;
}): ChartModule<Id, Shape, View> & { parts: Parts; slides: Slides } {
  const shape = (data: ChartData, filter: ChartFilter) => args.shapeFigures({ observations: data.observations, ...filter });
  return {
    id: args.id,
    definition: args.definition,
    indicators: args.indicators,
    readsMilestones: false,
    slideOptions: args.slideOptions,
    parts: args.parts,
    slides: args.slides,
    exportRows: { kind: 'observations', prefixes: args.exportPrefixes },
    shape,
    yearsOf: args.yearsOf,
    drawnIds: collectObservationIds,
    buildView: (data, ctx) => args.viewOf(shape(data, ctx.filter), ctx),
  };
}

/** Keys under which a shape keeps figures that are not drawn (notes, omitted figures). */
const NOT_DRAWN = new Set(['notes', 'omitted', 'replaced', 'alternatives']);

/** Every `observationId` in a shape, outside its notes and omitted figures. */
export function collectObservationIds(shape: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (NOT_DRAWN.has(key)) continue;
      if (key === 'observationId' && typeof child === 'string') ids.add(child);
      else visit(child);
    }
  };
  visit(shape);
  return ids;
}
