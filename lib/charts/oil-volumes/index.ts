/** The oil chart: Kazakh oil shipped through Baku per year and through the year, with the agreed volumes. */
import { collectObservationIds, type ChartModule, type ChartData } from '../module';
import type { ChartFilter } from '../types';
import { oilVolumesDefinition } from './definition';
import { shapeOilVolumes, type OilVolumesShape } from './shape';
import { buildOilVolumesView, type OilVolumesView } from './view';

const shape = (data: ChartData, filter: ChartFilter) => shapeOilVolumes({ observations: data.observations, ...filter });

export const oilVolumesChart: ChartModule<'oil-volumes', OilVolumesShape, OilVolumesView> = {
  id: 'oil-volumes',
  definition: oilVolumesDefinition,
  indicators: ['oil.aktau-to-baku', 'oil.agreement', 'oil.tengiz-btc.rate'],
  readsMilestones: false,
  slideOptions: { reporters: false, years: true },
  exportRows: { kind: 'observations', prefixes: ['oil.'] },
  shape,
  yearsOf: (s) => [...s.annual.map((a) => a.year), ...s.running.map((l) => l.year)],
  drawnIds: collectObservationIds,
  buildView: (data, ctx) => buildOilVolumesView(shape(data, ctx.filter), ctx),
};
