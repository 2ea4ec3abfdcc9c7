/**
 * "Last updated" of each chart and of the route map: the newest publication date among the
 * sources of the figures it plots (what its source line names), in its default view (all years,
 * both sides), so the date belongs to the chart and does not move with a filter. Sources without
 * a date do not count; a chart none of whose sources is dated has no date (null).
 */
import type { Source } from '../../data/schema';
import { findYearBounds, selectChartData, type ChartData } from '../charts/build';
import { CHART_IDS, CHART_MODULES, chartModule } from '../charts/registry';
import { SELECTABLE_REPORTERS, type ChartId } from '../charts/types';
import { selectSegmentVolumes } from '../map/volumes';
import { dataAsOf } from '../observations';
import type { Dataset } from '../validate';

/** What has a "last updated" date: each chart and the route map. */
export type UpdatedWork = ChartId | 'route-map';
export const UPDATED_WORKS: readonly UpdatedWork[] = [...CHART_IDS, 'route-map'];

/** The newest publication date (as written in data/: `2025`, `2025-10`, `2025-10-02`) of the given sources. */
export function newestSourceDate(sourceIds: Iterable<string>, sources: readonly Pick<Source, 'id' | 'published'>[]): string | null {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const used = [...new Set(sourceIds)].map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`unknown source "${id}"`);
    return source;
  });
  return dataAsOf(used) ?? null;
}

/** The sources of the figures a chart plots in its default view (all its years, both sides). */
export function chartSourceIds(chart: ChartId, data: ChartData): readonly string[] {
  const bounds = findYearBounds(data);
  const range = { from: bounds.min, to: bounds.max };
  if (!Object.hasOwn(CHART_MODULES, chart)) throw new Error(`no "last updated" for unknown chart "${String(chart)}"`);
  const mod = chartModule(chart);
  return mod.shape(data, { range, reporters: SELECTABLE_REPORTERS }).sourceIds;
}

/**
 * The sources of what the route map shows as figures: each place's and leg's facts, the legs'
 * yearly volumes and their lengths (not the sources of coordinates and drawn lines).
 */
export function routeSourceIds(dataset: Pick<Dataset, 'observations' | 'milestones' | 'routeNodes' | 'routeSegments'>): string[] {
  const sourceOf = new Map<string, string>([...dataset.observations, ...dataset.milestones].map((r) => [r.id, r.sourceId]));
  const fact = (id: string) => {
    const source = sourceOf.get(id);
    if (!source) throw new Error(`route fact "${id}" is neither a figure nor a milestone`);
    return source;
  };
  return [
    ...dataset.routeNodes.flatMap((n) => n.facts.map(fact)),
    ...dataset.routeSegments.flatMap((s) => [...s.facts.map(fact), ...selectSegmentVolumes(s.id, dataset.observations).map((o) => o.sourceId), s.lengthSourceId]),
  ];
}

/** "Last updated" of one chart or the route map. Throws for anything else: never another chart's date. */
export function lastUpdatedOf(work: UpdatedWork, dataset: Dataset): string | null {
  if (work === 'route-map') return newestSourceDate(routeSourceIds(dataset), dataset.sources);
  return newestSourceDate(chartSourceIds(work, selectChartData(dataset)), dataset.sources);
}

/** "Last updated" of every chart and the route map. */
export function lastUpdatedAll(dataset: Dataset): Record<UpdatedWork, string | null> {
  return Object.fromEntries(UPDATED_WORKS.map((work) => [work, lastUpdatedOf(work, dataset)])) as Record<UpdatedWork, string | null>;
}
