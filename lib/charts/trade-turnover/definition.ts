import { defineChart } from '../definitions';

export const tradeTurnoverDefinition = defineChart('trade-turnover', 'tradeTurnover', 'USD_million', ['reporters', 'range']);
