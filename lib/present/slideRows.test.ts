import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { buildChartView, findYearBounds, selectChartData } from '../charts/build';
import { makeTradeDataKey, TRADE_PARTS, type TradeTurnoverView } from '../charts/trade-turnover/view';
import { MESSAGES } from '../i18n/messages';
import { createTranslator } from 'next-intl';
import type { Translate } from '../observations';
import { oneBarPerRow } from './slideRows';

describe('oneBarPerRow', () => {
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  const t = createTranslator({ locale: 'en', messages: MESSAGES.en }) as unknown as Translate;
  const view = buildChartView('trade-turnover', { data, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, bounds, locale: 'en', t }) as TradeTurnoverView;

  it('gives each reporter’s bar its own row, keeping every value, its label and the category', () => {
    for (const panel of [view.chart.years, view.chart.partYears]) {
      const split = oneBarPerRow(panel);
      const reportersIn = (row: Record<string, unknown>) => panel.series.filter(({ reporter }) => TRADE_PARTS.some((p) => row[makeTradeDataKey(reporter, p)] != null));
      for (const row of split.rows) expect(reportersIn(row).length).toBeLessThanOrEqual(1);
      const values = (rows: readonly Record<string, unknown>[]) => rows.flatMap((r) => Object.entries(r).filter(([k, v]) => k !== 'key' && k !== 'label' && v != null).map(([k, v]) => `${String(r.key)}:${k}=${String(v)}`)).sort();
      expect(values(split.rows)).toEqual(values(panel.rows));
      expect([...new Set(split.rows.map((r) => r.key))]).toEqual(panel.rows.map((r) => r.key));
    }
    // 2022 is reported by both sides: two rows, each naming its side; a year of one side keeps its bare label.
    const rows = oneBarPerRow(view.chart.years).rows;
    expect(rows.filter((r) => r.key === view.chart.years.rows.find((y) => y.label === '2022')!.key).map((r) => r.label)).toEqual(['2022 · Azerbaijan', '2022 · Kazakhstan']);
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
    expect(rows.filter((r) => r.label === '2018')).toHaveLength(1);
  });
});
