import type { ChartView } from './build';

/**
 * What a chart's plot island is given: its view without the parts the server already wrote into
 * the page (tables, notes, source line), so the page's payload does not carry them twice.
 */
export function toPlotView(view: ChartView): ChartView {
  const plain = { ...view, tables: [], notes: [], sourceLine: '' };
  // Per-page source lines (a paged chart's) are for slides and fixed-size images, not the card's plot.
  return 'pageSources' in plain.chart ? ({ ...plain, chart: { ...plain.chart, pageSources: {} } } as ChartView) : plain;
}
