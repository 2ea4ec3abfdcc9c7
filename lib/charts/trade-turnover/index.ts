/** The trade turnover chart: calendar years and parts of a year, with the two directions of trade. */
import { defineFigureChart } from '../module';
import { tradeTurnoverParts, tradeTurnoverSlides } from './parts';
import { tradeTurnoverDefinition } from './definition';
import { shapeTradeTurnover } from './shape';
import { buildTradeTurnoverView } from './view';

export const tradeTurnoverChart = defineFigureChart({
  id: 'trade-turnover',
  definition: tradeTurnoverDefinition,
  indicators: ['trade.turnover', 'trade.kz-to-az', 'trade.az-to-kz', 'trade.az-to-kz.non-oil'],
  exportPrefixes: ['trade.'],
  slideOptions: { reporters: true, years: true },
  parts: tradeTurnoverParts,
  slides: tradeTurnoverSlides,
  shapeFigures: shapeTradeTurnover,
  yearsOf: (s) => [...s.years, ...s.partYears].map((g) => g.year),
  viewOf: buildTradeTurnoverView,
});
