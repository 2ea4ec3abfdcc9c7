/**
 * Each country, sea and place is spelled one way per language (issue 12: the Kazakh map subtitle
 * said Әзербайжан where every other text says Әзірбайжан). For each name and language: the
 * canonical spelling (the map's own label) and a pattern for the family of spellings a writer or
 * translator could plausibly use instead (another language's form, a transliteration, a missing
 * or changed letter). Every text of the message files and the speaker notes is scanned: whatever
 * the family pattern finds must start with the canonical spelling (case endings and derived
 * words, e.g. Әзірбайжанның, azerbaijani, are fine). Failures list file, key and the text found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speakerNotes } from '../../data/speakerNotes';
import { LOCALES, type Locale } from './locales';
import { MESSAGES } from './messages';

interface Name {
  /** The spelling the map labels use. */
  canonical: string;
  /** Spellings of the same name, right or wrong (case-insensitive, Unicode). */
  family: string;
}

/** Where the name is the map's label: `map.countries.<id>`, `map.seas.<id>` or `data.places.<id>`. */
type NameId = `countries.${string}` | `seas.${string}` | `places.${string}`;

const NAMES: Record<Locale, Record<NameId, Name>> = {
  en: {
    'countries.031': { canonical: 'Azerbaijan', family: 'az[ae]rba[iy]?[dj]+[zh]?an' },
    'countries.398': { canonical: 'Kazakhstan', family: 'kaza[kh]+i?stan' },
    'countries.268': { canonical: 'Georgia', family: 'g[eo]orgi' },
    'countries.792': { canonical: 'Türkiye', family: 't[üu]rki[iy]e|turkey' },
    'countries.643': { canonical: 'Russia', family: 'rus+ia\\b|russian federation' },
    'countries.051': { canonical: 'Armenia', family: 'arm[ae]ni' },
    'countries.364': { canonical: 'Iran', family: '\\biran\\b' },
    'countries.368': { canonical: 'Iraq', family: '\\bira[qk]\\b' },
    'countries.760': { canonical: 'Syria', family: '\\bsyri' },
    'countries.804': { canonical: 'Ukraine', family: 'ukra[iy]n' },
    'seas.caspian': { canonical: 'Caspian', family: 'casp[ia]' },
    'seas.black': { canonical: 'Black Sea', family: 'black\\s+sea' },
    'seas.mediterranean': { canonical: 'Mediterranean', family: 'med[ie]t+er+an' },
    'places.tengiz': { canonical: 'Tengiz', family: 't[ae]ng[hu]?[iy]z' },
    'places.aktau': { canonical: 'Aktau', family: 'a[kq]+tau' },
    'places.sangachal': { canonical: 'Sangachal', family: 's[ae]ng[ae][cç]h?al' },
    'places.baku': { canonical: 'Baku', family: '\\bbak[uıi]\\b' },
    'places.tbilisi': { canonical: 'Tbilisi', family: 't[ei]?bil[iy]s[iy]' },
    'places.ceyhan': { canonical: 'Ceyhan', family: '\\b(?:c|dzh|j|dj)e[iy]?han' },
  },
  az: {
    'countries.031': { canonical: 'Azərbaycan', family: 'az[əe]rba[yi]?[cdj]+[zh]?an' },
    'countries.398': { canonical: 'Qazaxıstan', family: '[qk]aza[xkh]+[ıi]?stan' },
    'countries.268': { canonical: 'Gürcüstan', family: 'g[üu]rc[üu]stan|gürcü' },
    'countries.792': { canonical: 'Türkiyə', family: 't[üu]rki[iy][əe]|turkey' },
    'countries.643': { canonical: 'Rusiya', family: 'rus+iy' },
    'countries.051': { canonical: 'Ermənistan', family: '[ea]rm[əe]ni' },
    'countries.364': { canonical: 'İran', family: '\\b[iİ]ran\\b' },
    'countries.368': { canonical: 'İraq', family: '\\b[iİ]ra[qk]\\b' },
    'countries.760': { canonical: 'Suriya', family: '\\bsuri[yi]' },
    'countries.804': { canonical: 'Ukrayna', family: 'ukra[yi]n' },
    'seas.caspian': { canonical: 'Xəzər', family: '[xh][əe]z[əe]r' },
    'seas.black': { canonical: 'Qara dəniz', family: 'qara\\s+d[əe]niz' },
    'seas.mediterranean': { canonical: 'Aralıq dəniz', family: 'aral[ıi]q\\s+d[əe]niz' },
    'places.tengiz': { canonical: 'Tengiz', family: 't[eə]n[gğ]?[iı]z' },
    'places.aktau': { canonical: 'Aktau', family: 'a[kq]+tau' },
    'places.sangachal': { canonical: 'Səngəçal', family: 's[əea]ng[əea](?:ç|ch|c)al' },
    'places.baku': { canonical: 'Bakı', family: '\\bbak[uıi](?![a-zçəğıöşü]*r)' },
    'places.tbilisi': { canonical: 'Tbilisi', family: 't[ei]?bil[iy]s[iy]' },
    'places.ceyhan': { canonical: 'Ceyhan', family: '\\b(?:c|dzh|j|dj)e[iy]?han' },
  },
  ru: {
    'countries.031': { canonical: 'Азербайджан', family: '[аә]з[еэі]рба[йи]?[дж]+ан' },
    'countries.398': { canonical: 'Казахстан', family: '[кқ]аза[хқк]+стан' },
    'countries.268': { canonical: 'Грузи', family: 'грузи' },
    'countries.792': { canonical: 'Турци', family: 'т[уү]рци|т[уү]рки[яй]|т[уү]рк[иі]я' },
    'countries.643': { canonical: 'Росси', family: 'рос+и[яйюи]|ресей' },
    'countries.051': { canonical: 'Армени', family: 'армени' },
    'countries.364': { canonical: 'Иран', family: '(?<![а-яё])иран(?![а-яё]*ск)' },
    'countries.368': { canonical: 'Ирак', family: '(?<![а-яё])ира[кқ](?![а-яё]*ск)' },
    'countries.760': { canonical: 'Сири', family: '(?<![а-яё])сири[яий]' },
    'countries.804': { canonical: 'Украин', family: 'укра[иі]н' },
    'seas.caspian': { canonical: 'Каспи', family: 'касп[иі]' },
    'seas.black': { canonical: 'Чёрн', family: 'ч[её]рн[а-яё]*\\s+мор' },
    'seas.mediterranean': { canonical: 'Средиземн', family: 'ср[еи]диз[еи]мн' },
    'places.tengiz': { canonical: 'Тенгиз', family: 'т[еэ](?:нг|ң|н)[иі]з' },
    'places.aktau': { canonical: 'Актау', family: 'а[кқ]+тау' },
    'places.sangachal': { canonical: 'Сангачал', family: 'с[аә]н[гғ][аә]?[чш]ал' },
    'places.baku': { canonical: 'Баку', family: '(?<![а-яё])бак[уы](?![а-яё])' },
    'places.tbilisi': { canonical: 'Тбилиси', family: 'т[еи]?бил[иі]с[иі]' },
    'places.ceyhan': { canonical: 'Джейхан', family: '(?:дж|ж|ч)[еэ]й?хан' },
  },
  kk: {
    'countries.031': { canonical: 'Әзірбайжан', family: '[аә]з[еэіи]рба[йи]?[дж]+ан' },
    'countries.398': { canonical: 'Қазақстан', family: '[кқ]аза[хқк]+стан' },
    'countries.268': { canonical: 'Грузия', family: 'грузи|г[үу]рж[іи]стан' },
    'countries.792': { canonical: 'Түркия', family: 'т[уү]рци|т[уү]рк[иі][яй]' },
    'countries.643': { canonical: 'Ресей', family: 'росси|ресей' },
    'countries.051': { canonical: 'Армения', family: 'армени' },
    'countries.364': { canonical: 'Иран', family: '(?<![а-яёәіңғүұқөһ])иран' },
    'countries.368': { canonical: 'Ирак', family: '(?<![а-яёәіңғүұқөһ])ира[кқ]' },
    'countries.760': { canonical: 'Сирия', family: '(?<![а-яёәіңғүұқөһ])сири[яий]' },
    'countries.804': { canonical: 'Украина', family: 'укра[иі]н' },
    'seas.caspian': { canonical: 'Каспий', family: 'касп[иі]' },
    'seas.black': { canonical: 'Қара теңіз', family: '[қк]ара\\s+те[ңн]' },
    'seas.mediterranean': { canonical: 'Жерорта теңіз', family: 'жерорта|средиземн' },
    'places.tengiz': { canonical: 'Теңіз', family: 'т[еэ](?:нг|ң|н)[иі]з' },
    'places.aktau': { canonical: 'Ақтау', family: 'а[кқ]+тау' },
    'places.sangachal': { canonical: 'Сангачал', family: 'с[аә]н[гғ][аә]?[чш]ал' },
    'places.baku': { canonical: 'Баку', family: '(?<![а-яёәіңғүұқөһ])бак[уы]' },
    'places.tbilisi': { canonical: 'Тбилиси', family: 'т[еи]?бил[иі]с[иі]' },
    'places.ceyhan': { canonical: 'Джейхан', family: '(?:дж|ж|ч)[еэ]й?хан' },
  },
};

/** Every string of a JSON value with its key path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The texts of one language: every message file and the speaker notes. */
function textsOf(locale: Locale): { where: string; text: string }[] {
  const dir = join(process.cwd(), 'messages', locale);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const messages = files.flatMap((f) => strings(JSON.parse(readFileSync(join(dir, f), 'utf8')), '').map((s) => ({ where: `messages/${locale}/${f}: ${s.path}`, text: s.text })));
  const notes = Object.entries(speakerNotes).map(([slide, byLocale]) => ({ where: `data/speakerNotes.ts: ${slide}.${locale}`, text: (byLocale as Record<Locale, string>)[locale] }));
  // Figure tokens ({v:oil-aktau-to-baku-2022-kz}) are ids, not words.
  return [...messages, ...notes].map((t) => ({ ...t, text: t.text.replace(/\{[a-z]+:[^}]*\}/g, ' ') }));
}

/** Occurrences of a name's family that do not start with its canonical spelling. */
function findVariants(name: Name, texts: readonly { where: string; text: string }[], locale: Locale): string[] {
  const family = new RegExp(name.family, 'giu');
  const canonical = name.canonical.toLocaleLowerCase(locale);
  const bad: string[] = [];
  for (const { where, text } of texts) {
    for (const match of text.matchAll(family)) {
      const found = text.slice(match.index, match.index + Math.max(match[0].length, name.canonical.length));
      if (!found.toLocaleLowerCase(locale).startsWith(canonical)) bad.push(`${where}: "${found}" (expected ${name.canonical})`);
    }
  }
  return bad;
}

describe('names are spelled one way per language', () => {
  it('the table of canonical names holds the same names in every language', () => {
    const ids = Object.keys(NAMES.en).sort();
    for (const locale of LOCALES) expect(Object.keys(NAMES[locale]).sort()).toEqual(ids);
  });

  for (const locale of LOCALES) {
    it(`${locale}: the map's labels are the canonical names`, () => {
      const messages = MESSAGES[locale] as unknown as { map: { countries: Record<string, string>; seas: Record<string, string> }; data: { places: Record<string, string> } };
      const labels: Record<string, string | undefined> = {};
      for (const id of Object.keys(NAMES[locale]) as NameId[]) {
        const [kind, key] = id.split('.') as [string, string];
        labels[id] = kind === 'places' ? messages.data.places[key] : kind === 'countries' ? messages.map.countries[key] : messages.map.seas[key];
      }
      const wrong = (Object.entries(NAMES[locale]) as [NameId, Name][]).filter(([id, name]) => !labels[id]?.toLocaleLowerCase(locale).startsWith(name.canonical.toLocaleLowerCase(locale)));
      expect(wrong.map(([id, name]) => `${id}: label "${labels[id]}", table "${name.canonical}"`)).toEqual([]);
    });

    it(`${locale}: every text spells each country, sea and place as the map does`, () => {
      const texts = textsOf(locale);
      expect(texts.length).toBeGreaterThan(100);
      const bad = Object.values(NAMES[locale]).flatMap((name) => findVariants(name, texts, locale));
      expect(bad).toEqual([]);
    });
  }

  it('finds a variant spelling (the Kazakh subtitle of issue 12)', () => {
    const texts = [{ where: 'messages/kk/export.json: mapTitle', text: 'Қазақстан мұнайы Әзербайжан арқылы әлемдік нарықтарға' }];
    expect(findVariants(NAMES.kk['countries.031']!, texts, 'kk')).toEqual(['messages/kk/export.json: mapTitle: "Әзербайжан" (expected Әзірбайжан)']);
    expect(findVariants(NAMES.kk['countries.031']!, [{ where: 'x', text: 'Әзірбайжанның мұнайы' }], 'kk')).toEqual([]);
    expect(findVariants(NAMES.ru['places.tengiz']!, [{ where: 'x', text: 'нефть Тенгиза и Тенгиса' }], 'ru')).toEqual([]);
    expect(findVariants(NAMES.kk['places.tengiz']!, [{ where: 'x', text: 'Тенгиз кен орны' }], 'kk')).toEqual(['x: "Тенгиз" (expected Теңіз)']);
  });
});
