import type { InvestmentFlowsView } from './view';

/**
 * What the companies plot draws from the view (the card, the slide and the export add only its
 * layout). Type-only imports: the plot's callers in the browser do not load the view builder.
 */
export function companiesPlotData(companies: InvestmentFlowsView['chart']['companies']) {
  const { points, domain, ticks, axis, tooltips, title, note } = companies;
  return { points, domain, ticks, axis, tooltips, title, desc: note };
}
