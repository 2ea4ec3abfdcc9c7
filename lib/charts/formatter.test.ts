import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { formatNumber, digitsFor } from '../format';
import { LOCALES, type Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { buildChartView, buildViewsWithDictionary, findYearBounds, selectChartData } from './build';
import { createDictionaryFormatter, createIntlFormatter, formatWithSymbols, readNumberSymbols } from './formatter';
import { shapeTradeTurnover } from './trade-turnover/shape';
import { CHART_IDS } from './registry';
import type { SelectableReporter } from './types';

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const translator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;

/** Every number a chart can print: data values (also in kt), balances, growth, axis ticks. */
function chartNumbers(): number[] {
  const trade = shapeTradeTurnover({ observations: dataset.observations, range: { from: 1900, to: 2100 }, reporters: ['AZ', 'KZ'] });
  const bars = [...trade.years, ...trade.partYears].flatMap((g) => g.bars);
  return [
    ...dataset.observations.map((o) => o.value),
    ...dataset.observations.map((o) => o.value / 1000),
    ...bars.flatMap((b) => (b.balance ? [b.balance.value] : [])),
    0,
    2.5,
    7.5,
    50,
    1500,
    2500,
    1234567.891,
  ];
}

describe('formatWithSymbols', () => {
  for (const locale of LOCALES) {
    it(`writes every chart number exactly as Intl does in ${locale}`, () => {
      const symbols = readNumberSymbols(locale);
      const wrong = chartNumbers()
        .map((v) => Number(v.toFixed(3)))
        .filter((v) => formatWithSymbols(v, digitsFor(v), symbols) !== formatNumber(v, locale, digitsFor(v)))
        .map((v) => `${v}: ${formatWithSymbols(v, digitsFor(v), symbols)} vs ${formatNumber(v, locale, digitsFor(v))}`);
      expect(wrong).toEqual([]);
    });

    it(`writes percentages exactly as Intl does in ${locale}`, () => {
      const intl = createIntlFormatter(locale);
      const dict = createDictionaryFormatter({ locale, symbols: readNumberSymbols(locale), strings: {}, months: { short: [], long: [] } });
      for (const v of [14.267213, 0.755572, -47.9, 0, 250, -0.04, 100]) {
        expect(dict.percent(v, true)).toBe(intl.percent(v, true));
        expect(dict.percent(v, false)).toBe(intl.percent(v, false));
      }
    });
  }

  it('groups thousands with the language’s symbol (az 2.500,47; ru and kk with a no-break space)', () => {
    expect(formatWithSymbols(2500.47, 2, readNumberSymbols('az'))).toBe('2.500,47');
    expect(formatWithSymbols(2500.47, 2, readNumberSymbols('ru'))).toBe('2\u00a0500,47');
    expect(formatWithSymbols(2500.47, 2, readNumberSymbols('en'))).toBe('2,500.47');
  });
});

describe('a view rebuilt in the browser reads exactly as the server’s', () => {
  const sides: SelectableReporter[][] = [['AZ'], ['KZ'], ['AZ', 'KZ']];
  for (const locale of ['az', 'kk', 'ru'] as const) {
    it(`${locale}: every chart, for every last year, several first years and each choice of side, with no text missing`, () => {
      const t = translator(locale);
      const { dictionary } = buildViewsWithDictionary({ data, bounds, locale, t });
      const misses: string[] = [];
      const format = createDictionaryFormatter(dictionary, (key) => misses.push(key));
      let compared = 0;
      for (let to = bounds.min; to <= bounds.max; to++) {
        for (const from of new Set([bounds.min, to, Math.max(bounds.min, to - 1), Math.max(bounds.min, to - 4)])) {
          for (const reporters of sides) {
            for (const id of CHART_IDS) {
              const filter = { range: { from, to }, reporters };
              const browser = buildChartView(id, { data, filter, bounds, locale, t, format });
              const server = buildChartView(id, { data, filter, bounds, locale, t });
              expect(browser).toEqual(server);
              compared++;
            }
          }
        }
      }
      expect(misses).toEqual([]);
      expect(compared).toBeGreaterThan(1000);
      // Over a thousand chart views: about 7 s on a busy 2-core machine, well past the 5 s default.
    }, 60_000);
  }

  it('falls back to the raw text and reports a miss', () => {
    const misses: string[] = [];
    const format = createDictionaryFormatter({ locale: 'az', symbols: readNumberSymbols('az'), strings: {}, months: { short: [], long: [] } }, (k) => misses.push(k));
    expect(format.period('2024-H1')).toBe('2024-H1');
    expect(misses).toEqual(['p|2024-H1']);
  });
});
