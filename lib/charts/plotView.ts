import type { ChartView } from './build';

/**
 * What a chart's plot island is given: its view without the parts the server already wrote into
 * the page (tables, notes, source line), so the page's payload does not carry them twice.
 */
export function toPlotView(view: ChartView): ChartView {
  const plain = { ...view, tables: [], notes: [], sourceLine: '' };
  // The timeline's per-page source lines are for slides and fixed-size images, not the card's plot.
  return plain.id === 'timeline' ? { ...plain, chart: { ...plain.chart, pageSources: {} } } : plain;
}
