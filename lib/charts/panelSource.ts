import type { ChartView } from './build';

/**
 * The source line for one panel of a chart shown on its own (a slide, a fixed-size image, a PDF or
 * .pptx page): the panel's own sources where the view keeps them (`view.chart[panel].sourceLine`:
 * the trade panels, as the part-year figures come from other reports than the calendar years),
 * else the chart's.
 */
export function panelSourceLine(view: ChartView, panel: string): string {
  const own: unknown = (view.chart as Record<string, unknown>)[panel];
  return own && typeof own === 'object' && 'sourceLine' in own && typeof own.sourceLine === 'string' ? own.sourceLine : view.sourceLine;
}
