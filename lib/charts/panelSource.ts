import type { ChartView } from './build';

/**
 * The source line for one panel of a chart shown on its own (a slide, a fixed-size image, a PDF or
 * .pptx page): the panel's own sources where the view keeps them (the trade panels: the part-year
 * figures come from other reports than the calendar years), else the chart's.
 */
export function panelSourceLine(view: ChartView, panel: string): string {
  if (view.id === 'trade-turnover' && (panel === 'years' || panel === 'partYears')) return view.chart[panel].sourceLine;
  return view.sourceLine;
}
