/** The investment chart: direct investment in each direction and the companies with Kazakh capital. */
import { collectObservationIds, type ChartModule, type ChartData } from '../module';
import type { ChartFilter } from '../types';
import { investmentFlowsDefinition } from './definition';
import { shapeInvestmentFlows, type InvestmentFlowsShape } from './shape';
import { buildInvestmentFlowsView, type InvestmentFlowsView } from './view';

const shape = (data: ChartData, filter: ChartFilter) => shapeInvestmentFlows({ observations: data.observations, ...filter });

export const investmentFlowsChart: ChartModule<'investment-flows', InvestmentFlowsShape, InvestmentFlowsView> = {
  id: 'investment-flows',
  definition: investmentFlowsDefinition,
  indicators: ['invest.kz-to-az', 'invest.az-to-kz', 'invest.kz-to-az.non-oil', 'invest.az-to-kz.non-oil', 'companies.kz-capital-in-az'],
  readsMilestones: false,
  slideOptions: { reporters: false, years: true },
  exportRows: { kind: 'observations', prefixes: ['invest.', 'companies.'] },
  shape,
  yearsOf: (s) => [...s.bars.kzToAz.map((b) => b.endYear), ...s.bars.azToKz.map((b) => b.endYear), ...s.companies.map((c) => Math.floor(c.x))],
  drawnIds: collectObservationIds,
  buildView: (data, ctx) => buildInvestmentFlowsView(shape(data, ctx.filter), ctx),
};
