/**
 * One definition per chart: what it is called, its unit, which filters apply and where its words
 * live. The dashboard card, the presentation slides and the exports all render from a definition
 * plus the shaped data (see `buildChartView`), so they cannot disagree. The sources of a chart are
 * not listed here: they are derived from the figures actually plotted (`shape.sourceIds`).
 */
import type { ChartId } from './types';

/** Filters a chart honours: the reporting side(s), the year range, or both. */
export type ChartFilterKind = 'reporters' | 'range';

export interface ChartDefinition {
  id: ChartId;
  /** Message keys (in messages/<locale>/charts.json, namespace `charts`). */
  titleKey: string;
  subtitleKey: string;
  /** Unit of the value axis as words ("USD million"). */
  unitKey: string;
  /** Standing notes shown under the chart. */
  notesKey: string;
  /** Unit of the plotted values in data/ terms (`date` for the timeline). */
  unit: 'USD_million' | 'tonnes' | 'count' | 'date';
  filters: readonly ChartFilterKind[];
}

function define(id: ChartId, namespace: string, unit: ChartDefinition['unit'], filters: readonly ChartFilterKind[]): ChartDefinition {
  return {
    id,
    titleKey: `charts.${namespace}.title`,
    subtitleKey: `charts.${namespace}.subtitle`,
    unitKey: `charts.${namespace}.unit`,
    notesKey: `charts.${namespace}.notes`,
    unit,
    filters,
  };
}

export const CHART_DEFINITIONS: Record<ChartId, ChartDefinition> = {
  'trade-turnover': define('trade-turnover', 'tradeTurnover', 'USD_million', ['reporters', 'range']),
  'investment-flows': define('investment-flows', 'investmentFlows', 'USD_million', ['reporters', 'range']),
  'oil-volumes': define('oil-volumes', 'oilVolumes', 'tonnes', ['range']),
  timeline: define('timeline', 'timeline', 'date', ['range']),
};
