/** The trade turnover chart: calendar years and parts of a year, with the two directions of trade. */
import { collectObservationIds, type ChartModule, type ChartData } from '../module';
import type { ChartFilter } from '../types';
import { tradeTurnoverDefinition } from './definition';
import { shapeTradeTurnover, type TradeTurnoverShape } from './shape';
import { buildTradeTurnoverView, type TradeTurnoverView } from './view';

const shape = (data: ChartData, filter: ChartFilter) => shapeTradeTurnover({ observations: data.observations, ...filter });

export const tradeTurnoverChart: ChartModule<'trade-turnover', TradeTurnoverShape, TradeTurnoverView> = {
  id: 'trade-turnover',
  definition: tradeTurnoverDefinition,
  indicators: ['trade.turnover', 'trade.kz-to-az', 'trade.az-to-kz'],
  readsMilestones: false,
  slideOptions: { reporters: true, years: true },
  exportRows: { kind: 'observations', prefixes: ['trade.'] },
  shape,
  yearsOf: (s) => [...s.years, ...s.partYears].map((g) => g.year),
  drawnIds: collectObservationIds,
  buildView: (data, ctx) => buildTradeTurnoverView(shape(data, ctx.filter), ctx),
};
