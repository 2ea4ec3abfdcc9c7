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
const view = (id: 'trade-turnover' | 'oil-volumes' | 'timeline') => buildChartView(id, { data, filter: slideFilter({}, bounds), bounds, locale: 'en', t });

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
  it('credits a page of the milestones with the sources of the milestones on it', () => {
    const timeline = view('timeline');
    if (timeline.id !== 'timeline') throw new Error('not the timeline');
    for (const pages of [3, 4]) {
      const lines = Array.from({ length: pages }, (_, i) => panelSourceLine(timeline, 'milestones', { page: i + 1, pages }));
      for (const line of lines) expect(line.length).toBeLessThan(timeline.sourceLine.length);
      // The cable's manufacture (Feb 2026, 1news.az) is on the last page only.
      expect(lines.at(-1)).toContain('1news.az');
      expect(lines[0]).not.toContain('1news.az');
    }
    // A page count the view has no lines for falls back to the chart's line.
    expect(panelSourceLine(timeline, 'milestones', { page: 1, pages: 7 })).toBe(timeline.sourceLine);
  });
  it('gives the chart’s line for charts that keep one source line', () => {
    const oil = view('oil-volumes');
    expect(panelSourceLine(oil, 'annual')).toBe(oil.sourceLine);
  });
});
