import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { dataset } from '../../dataset';
import { MESSAGES } from '../../i18n/messages';
import type { Translate } from '../../observations';
import { buildChartView, findYearBounds, selectChartData } from '../build';
import { companiesPlotData } from './plotData';

describe('companiesPlotData', () => {
  it("hands the plot the view's companies panel, its note as the plot's description", () => {
    const data = selectChartData(dataset);
    const bounds = findYearBounds(data);
    const t = createTranslator({ locale: 'ru', messages: MESSAGES.ru }) as unknown as Translate;
    const view = buildChartView('investment-flows', { data, bounds, locale: 'ru', t, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] } });
    if (view.id !== 'investment-flows') throw new Error('not the investment view');
    const { companies } = view.chart;
    const plot = companiesPlotData(companies);
    expect(plot.points.length).toBeGreaterThan(0);
    expect(plot).toEqual({ points: companies.points, domain: companies.domain, ticks: companies.ticks, axis: companies.axis, tooltips: companies.tooltips, title: companies.title, desc: companies.note });
  });
});
