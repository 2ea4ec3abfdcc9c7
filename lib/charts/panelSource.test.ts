import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import type { Translate } from '../observations';
import { MESSAGES } from '../i18n/messages';
import { slideFilter } from '../present/pptxCharts';
import { buildChartView, findYearBounds, selectChartData } from './build';
import { panelSourceLine } from './panelSource';

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const t = createTranslator({ locale: 'en', messages: MESSAGES.en }) as unknown as Translate;
const view = (id: 'trade-turnover' | 'oil-volumes') => buildChartView(id, { data, filter: slideFilter({}, bounds), bounds, locale: 'en', t });

describe('panelSourceLine', () => {
  it('credits only the sources of the trade panel shown', () => {
    const trade = view('trade-turnover');
    const partYears = panelSourceLine(trade, 'partYears');
    const years = panelSourceLine(trade, 'years');
    // Trend reported the 2025 part-year figures; Today.az only the Jan–Apr 2024 one.
    expect(partYears).toContain('Trend');
    expect(partYears).toContain('Today.az');
    expect(years).not.toContain('Today.az');
    expect(partYears.length).toBeLessThan(trade.sourceLine.length);
    expect(years.length).toBeLessThan(trade.sourceLine.length);
  });
  it('gives the chart’s line for charts that keep one source line', () => {
    const oil = view('oil-volumes');
    expect(panelSourceLine(oil, 'annual')).toBe(oil.sourceLine);
  });
});
