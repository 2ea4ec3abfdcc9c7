import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale, localeFromPath } from './locales';
import { MESSAGES } from './messages';
import { DATA_FILES } from '../../data/index';
import { INDICATORS } from '../../data/schema';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const reference = new Set(keysOf(MESSAGES.en));

describe('message files', () => {
  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys, none empty`, () => {
      const keys = new Set(keysOf(MESSAGES[locale]));
      expect([...reference].filter((k) => !keys.has(k)).map((k) => `missing in ${locale}: ${k}`)).toEqual([]);
      expect([...keys].filter((k) => !reference.has(k)).map((k) => `extra in ${locale}: ${k}`)).toEqual([]);
      const empty = keysOf(MESSAGES[locale]).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], MESSAGES[locale]);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    });
  }

  it('labels every milestone, place, segment and indicator of the data', () => {
    const ids = (kind: string) => DATA_FILES.filter((f) => f.kind === kind).flatMap((f) => f.records.map((r) => (r as { id: string }).id));
    const data = MESSAGES.en.data as Record<string, Record<string, string>>;
    const missing = [
      ...ids('milestones').filter((id) => !data.milestones?.[id]).map((id) => `milestones.${id}`),
      ...ids('routeNodes').filter((id) => !data.places?.[id]).map((id) => `places.${id}`),
      ...ids('routeSegments').filter((id) => !data.segments?.[id]).map((id) => `segments.${id}`),
      ...INDICATORS.map((id) => id.replace(/\./g, '_')).filter((k) => !data.indicators?.[k]).map((k) => `indicators.${k}`),
    ];
    expect(missing).toEqual([]);
  });
});

describe('pickLocale', () => {
  it('takes the first of our languages from the browser list', () => {
    expect(pickLocale(['fr-FR', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLocale(['az-Latn-AZ'])).toBe('az');
    expect(pickLocale(['kk'])).toBe('kk');
    expect(pickLocale(['de', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
  it('reads the locale of a path', () => {
    expect(localeFromPath('/az/sources/')).toBe('az');
    expect(localeFromPath('/fr/')).toBeNull();
    expect(localeFromPath('/')).toBeNull();
  });
});
