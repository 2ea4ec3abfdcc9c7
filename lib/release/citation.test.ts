import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { LOCALES } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { ACCESSED, CITED_WORKS, fillCitation, makeCitation, ORIGIN, toCsl } from './citation';
import { formatDate } from '../format';
import { lastUpdatedAll } from './lastUpdated';
import { releaseOf } from './release';

const release = releaseOf(dataset);

describe('citations', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every chart, the map and the dataset, with publisher, title, chart, release, date, address and date accessed`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
      for (const work of CITED_WORKS) {
        const c = makeCitation({ work, release, locale, t });
        const text = fillCitation(c.text, 'https://example.org', '2026-12-04');
        expect(text).toContain(MESSAGES[locale].cite.publisher);
        expect(text).toContain(MESSAGES[locale].meta.title);
        expect(text).toContain(release.id);
        expect(text).toContain(release.date!);
        expect(text).toContain('2026-12-04');
        expect(text).toContain(work === 'dataset' ? `https://example.org/${locale}/sources/` : `https://example.org/${locale}/#${work}`);
        expect(text).not.toMatch(/\{|\}|cite\./);
        expect(c.text).toContain(ORIGIN);
        expect(c.text).toContain(ACCESSED);
      }
      const titles = CITED_WORKS.map((work) => makeCitation({ work, release, locale, t }).title);
      expect(new Set(titles).size).toBe(titles.length);
    });
  }
  for (const locale of LOCALES) {
    it(`${locale}: a chart's citation says when its figures were last updated, in the language's own date`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => { throw e; } }) as unknown as Translate;
      const updated = lastUpdatedAll(dataset);
      for (const work of ['trade-turnover', 'investment-flows', 'oil-volumes', 'timeline', 'route-map'] as const) {
        const c = makeCitation({ work, release, locale, t, updated: updated[work] });
        const date = formatDate(updated[work]!, locale, 'long');
        expect(c.updated).toBe(MESSAGES[locale].charts.common.lastUpdated.replace('{date}', date));
        const text = fillCitation(c.text, 'https://example.org', '2026-12-04');
        expect(text).toContain(c.updated!);
        expect(text).toContain(c.title);
        expect(text).toContain(release.id);
        expect(text).toContain(`https://example.org/${locale}/#${work}`);
        expect(text).not.toMatch(/\{|\}|cite\./);
        expect(toCsl(c, locale).note).toBe(c.updated);
      }
      // Without a date (the dataset, or a chart none of whose sources is dated) no "last updated" is made up.
      expect(makeCitation({ work: 'timeline', release, locale, t, updated: null }).text).not.toContain(MESSAGES[locale].charts.common.lastUpdated.split(':')[0]!);
    });
  }
  it('refuses an unknown chart rather than citing another', () => {
    const t = createTranslator({ locale: 'en', messages: MESSAGES.en }) as unknown as Translate;
    // @ts-expect-error an unknown chart is a type error too
    expect(() => makeCitation({ work: 'gdp', release, locale: 'en', t })).toThrow(/unknown chart "gdp"/);
    expect(() => makeCitation({ work: 'gdp' as never, release, locale: 'en', t })).toThrow(/unknown chart "gdp"/);
  });
  it('gives citation-js a dataset item with the release as its version', () => {
    const t = createTranslator({ locale: 'kk', messages: MESSAGES.kk }) as unknown as Translate;
    const csl = toCsl(makeCitation({ work: 'trade-turnover', release, origin: 'https://example.org', locale: 'kk', t }), 'kk');
    expect(csl).toMatchObject({ type: 'dataset', version: release.id, URL: 'https://example.org/kk/#trade-turnover', language: 'kk' });
    expect(csl.issued).toEqual({ 'date-parts': [release.date!.split('-').map(Number)] });
  });
});
