import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { formatNumber } from '../../format';
import { LOCALES, type Locale } from '../../i18n/locales';
import { MESSAGES } from '../../i18n/messages';
import type { Translate } from '../../observations';
import { buildChartView, findYearBounds, selectChartData } from '../build';
import type { TradeTurnoverView } from './view';
import { makeTradeLabelKey } from './view';

const strict = (locale: Locale) =>
  createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const all = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] as ('AZ' | 'KZ')[] };
const view = (locale: Locale, filter = all) => buildChartView('trade-turnover', { data, filter, bounds, locale, t: strict(locale) }) as TradeTurnoverView;
const value = (id: string) => dataset.observations.find((o) => o.id === id)!.value;

describe('the trade view’s gap parts in every language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: one gap bar a period both sides reported, labelled with the computed difference`, () => {
      const v = view(locale);
      const gap = v.chart.gap;
      expect(gap.rows.map((r) => r.key)).toHaveLength(3);
      const y2024 = gap.rows.find((r) => r.label === '2024')!;
      expect(y2024.gap).toBeCloseTo(value('trade-turnover-2024-kz') - value('trade-turnover-2024-az'), 6);
      expect(y2024.side).toBe('kzHigher');
      expect(y2024.gapLabel.startsWith(`+${formatNumber(63.4, locale)}`)).toBe(true);
      const y2022 = gap.rows.find((r) => r.label === '2022')!;
      expect(y2022.side).toBe('azHigher');
      expect(y2022.gapLabel.startsWith(`−${formatNumber(135.17, locale)}`)).toBe(true);
      // The axis holds every bar, below and above zero.
      expect(gap.axis.min).toBeLessThanOrEqual(y2022.gap);
      expect(gap.axis.max).toBeGreaterThanOrEqual(y2024.gap);
      expect(gap.axis.ticks.map((t) => t.value)).toContain(0);
      // Few enough ticks for a phone's axis (one step for the whole span), every sign a true minus.
      expect(gap.axis.ticks.length).toBeLessThanOrEqual(8);
      for (const text of [...gap.axis.ticks.map((t) => t.label), ...gap.rows.map((r) => r.gapLabel)]) expect(text).not.toMatch(/-/);
      expect(gap.legend.map((l) => l.side)).toEqual(['kzHigher', 'azHigher']);
    });

    it(`${locale}: the gap and non-oil tables follow the main table, every figure from the data`, () => {
      const v = view(locale);
      expect(v.tables.map((t) => t.key)).toEqual(['trade-turnover', 'trade-turnover-gap', 'trade-turnover-non-oil']);
      const gapRows = v.tables[1]!.groups.flatMap((g) => g.rows);
      expect(gapRows.map((r) => r.data.gap)).toEqual(['2022', '2024', '2024-01/2024-04']);
      const r2024 = gapRows.find((r) => r.data.gap === '2024')!;
      expect(r2024.cells.map((c) => c.text).slice(1, 4)).toEqual([formatNumber(470, locale), formatNumber(533.4, locale), `+${formatNumber(63.4, locale)}`]);
      const nonOil = v.tables[2]!.groups.flatMap((g) => g.rows);
      expect(nonOil.map((r) => r.cells[2]!.text)).toEqual([95, 59.8, 65.7, 80.6].map((n) => formatNumber(n, locale)));
    });

    it(`${locale}: Kazakhstan’s two 2023 figures are both on the bar and in a note`, () => {
      const v = view(locale);
      const row = v.chart.years.rows.find((r) => r.key.startsWith('2023'))!;
      const label = [makeTradeLabelKey('KZ', 'azToKz'), makeTradeLabelKey('KZ', 'total')].map((k) => row[k]).find((x) => typeof x === 'string');
      // One line: no-break spaces round the slash (recharts wraps a label at its spaces).
      expect(label).toBe(`${formatNumber(value('trade-turnover-2023-kz'), locale)}\u00a0/\u00a0${formatNumber(value('trade-turnover-2023-kz-314'), locale)}`);
      const conflict = v.notes.filter((n) => n.includes(formatNumber(314, locale)) && n.includes(formatNumber(529.4, locale)));
      expect(conflict).toHaveLength(1);
      // The article's 598.47 and the minister's low-confidence 680 are not of equal standing: no conflict label.
      expect(Object.values(v.chart.years.rows.find((r) => r.key.startsWith('2022'))!).some((x) => typeof x === 'string' && x.includes('\u00a0/\u00a0'))).toBe(false);
    });

    it(`${locale}: the part-year panel names the 2025 non-oil exports with period and side`, () => {
      const note = view(locale).chart.partYears.nonOil!;
      for (const n of [59.8, 65.7, 80.6]) expect(note).toContain(formatNumber(n, locale));
      expect(note).not.toContain(formatNumber(95, locale)); // 2023 is a calendar year, not in this panel
    });

    it(`${locale}: the non-oil exports are in the part-year tooltip of the same period and side`, () => {
      const tip = view(locale).chart.partYears.tooltips[Object.keys(view(locale).chart.partYears.tooltips).find((k) => k.startsWith('2025-01-01/2025-10-31'))!]!;
      expect(tip.sections.find((s) => s.reporter === 'AZ')!.lines.some((l) => l.includes(formatNumber(80.6, locale)))).toBe(true);
    });
  }

  it('has no gap with one side only, and says why mirror statistics differ (CIF, FOB)', () => {
    const kz = view('en', { ...all, reporters: ['KZ'] });
    expect(kz.chart.gap.rows).toEqual([]);
    expect(kz.tables.map((t) => t.key)).toEqual(['trade-turnover']);
    expect(view('en').notes.at(-1)).toMatch(/CIF.*FOB/);
  });
});
