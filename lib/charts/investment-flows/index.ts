/** The investment chart: direct investment in each direction and the companies with Kazakh capital. */
import { defineFigureChart } from '../module';
import { investmentFlowsParts, investmentFlowsSlides } from './parts';
import { investmentFlowsDefinition } from './definition';
import { shapeInvestmentFlows } from './shape';
import { buildInvestmentFlowsView } from './view';

export const investmentFlowsChart = defineFigureChart({
  id: 'investment-flows',
  definition: investmentFlowsDefinition,
  indicators: ['invest.kz-to-az', 'invest.az-to-kz', 'invest.kz-to-az.non-oil', 'invest.az-to-kz.non-oil', 'companies.kz-capital-in-az'],
  exportPrefixes: ['invest.', 'companies.'],
  slideOptions: { reporters: false, years: true },
  parts: investmentFlowsParts,
  slides: investmentFlowsSlides,
  shapeFigures: shapeInvestmentFlows,
  yearsOf: (s) => [...s.bars.kzToAz.map((b) => b.endYear), ...s.bars.azToKz.map((b) => b.endYear), ...s.companies.map((c) => Math.floor(c.x))],
  viewOf: buildInvestmentFlowsView,
});
