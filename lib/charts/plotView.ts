import type { ChartView } from './build';

/**
 * What a chart's plot island is given: its view without the parts the server already wrote into
 * the page (tables, notes, source line), so the page's payload does not carry them twice.
 */
export function toPlotView(view: ChartView): ChartView {
  return { ...view, tables: [], notes: [], sourceLine: '' };
}
