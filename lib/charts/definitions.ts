/**
 * What a chart definition says: what the chart is called, its unit, which filters apply and where
 * its words live. Each chart defines itself (lib/charts/<chart>/definition.ts, with `defineChart`);
 * the registry (lib/charts/registry.ts) gathers them. The dashboard card, the presentation slides
 * and the exports all render from a definition plus the shaped data (see `buildChartView`), so they
 * cannot disagree. The sources of a chart are not listed here: they are derived from the figures
 * actually plotted (`shape.sourceIds`).
 */

/** Filters a chart honours: the reporting side(s), the year range, or both. */
export type ChartFilterKind = 'reporters' | 'range';

export interface ChartDefinition<Id extends string = string> {
  id: Id;
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

/** A chart's definition from its id, its message namespace (`charts.<namespace>.*`), unit and filters. */
export function defineChart<Id extends string>(id: Id, namespace: string, unit: ChartDefinition['unit'], filters: readonly ChartFilterKind[]): ChartDefinition<Id> {
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
