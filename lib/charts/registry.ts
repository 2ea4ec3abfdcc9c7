/**
 * The charts of the dashboard, in page order: the one list of them. Each chart is a folder
 * (lib/charts/<chart>/: definition, shaping, view, tests) whose index exports a `ChartModule`;
 * adding a chart is adding its folder and a line here (and its drawing to
 * components/charts/registry.tsx, which the type checker asks for).
 */
import type { ChartDefinition } from './definitions';
import { investmentFlowsChart } from './investment-flows';
import type { ChartModule } from './module';
import { middleCorridorChart } from './middle-corridor';
import { oilVolumesChart } from './oil-volumes';
import { timelineChart } from './timeline';
import { tradeTurnoverChart } from './trade-turnover';

const MODULES = {
  'trade-turnover': tradeTurnoverChart,
  'investment-flows': investmentFlowsChart,
  'oil-volumes': oilVolumesChart,
  'middle-corridor': middleCorridorChart,
  timeline: timelineChart,
};

export type ChartId = keyof typeof MODULES;

/** A chart's module as its folder wrote it (its parts and slides with their literal ids). */
export type ChartModuleOf<K extends ChartId> = (typeof MODULES)[K];

/** Every chart's module under its id (the type says each module's id is its key). */
export const CHART_MODULES: { readonly [K in ChartId]: (typeof MODULES)[K] & ChartModule<K> } = MODULES;

/** The chart ids in page order. */
export const CHART_IDS = Object.keys(CHART_MODULES) as readonly ChartId[];

/** The view model of a chart (`view.id` tells which). */
export type ChartView = { [K in ChartId]: ReturnType<(typeof MODULES)[K]['buildView']> }[ChartId];

/** The module of a chart, typed loosely enough to call for any id. */
export function chartModule(id: ChartId): ChartModule<ChartId, ReturnType<(typeof MODULES)[ChartId]['shape']>, ChartView> {
  return CHART_MODULES[id] as unknown as ChartModule<ChartId, ReturnType<(typeof MODULES)[ChartId]['shape']>, ChartView>;
}

/** Every chart's definition under its id. */
export const CHART_DEFINITIONS = Object.fromEntries(CHART_IDS.map((id) => [id, CHART_MODULES[id].definition])) as { readonly [K in ChartId]: ChartDefinition<K> };
