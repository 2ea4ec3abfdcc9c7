import { defineChart } from '../definitions';

export const investmentFlowsDefinition = defineChart('investment-flows', 'investmentFlows', 'USD_million', ['reporters', 'range']);
