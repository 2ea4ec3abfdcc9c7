import type { ChartView } from './build';

/**
 * The source line for one panel of a chart shown on its own (a slide, a fixed-size image, a PDF or
 * .pptx page): the panel's own sources where the view keeps them (`view.chart[panel].sourceLine`:
 * the trade panels, as the part-year figures come from other reports than the calendar years),
 * else the chart's.
 */
export function panelSourceLine(view: ChartView, panel: string, paging?: { page: number; pages: number }): string {
  // A page of a paged panel cites its own items' sources where the view lists them (the timeline).
  const pageSources: unknown = (view.chart as Record<string, unknown>).pageSources;
  if (paging && pageSources && typeof pageSources === 'object') {
    const line: unknown = (pageSources as Record<number, unknown>)[paging.pages];
    if (Array.isArray(line) && typeof line[paging.page - 1] === 'string') return line[paging.page - 1] as string;
  }
  const own: unknown = (view.chart as Record<string, unknown>)[panel];
  return own && typeof own === 'object' && 'sourceLine' in own && typeof own.sourceLine === 'string' ? own.sourceLine : view.sourceLine;
}
