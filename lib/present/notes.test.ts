import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { speakerNotes } from '../../data/speakerNotes';
import { DATA_FILES } from '../../data/index';
import { loadDataset } from '../validate';
import { LOCALES } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { SLIDE_IDS } from './deck';
import { noteTokenIds, resolveNote } from './notes';

const dataset = loadDataset(DATA_FILES);
const ids = new Set(dataset.observations.map((o) => o.id));

describe('speaker notes', () => {
  it('exist for every slide in every language', () => {
    const missing = SLIDE_IDS.flatMap((s) => LOCALES.filter((l) => !speakerNotes[s]?.[l]?.trim()).map((l) => `${s}/${l}`));
    expect(missing).toEqual([]);
  });

  it('only reference figures that exist, the same ones in every language', () => {
    const bad: string[] = [];
    for (const s of SLIDE_IDS) {
      const en = noteTokenIds(speakerNotes[s].en).sort();
      for (const l of LOCALES) {
        const used = noteTokenIds(speakerNotes[s][l]);
        bad.push(...used.filter((id) => !ids.has(id)).map((id) => `${s}/${l}: unknown ${id}`));
        if (JSON.stringify([...used].sort()) !== JSON.stringify(en)) bad.push(`${s}/${l}: figures differ from en`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('contain no typed numbers other than years and dates', () => {
    const bad = SLIDE_IDS.flatMap((s) =>
      LOCALES.flatMap((l) => {
        const text = speakerNotes[s][l].replace(/\{[vp]:[^}]+\}/g, '');
        return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).filter((n) => !/^(19|20)\d\d$/.test(n) && !/^([1-9]|[12]\d|3[01])$/.test(n)).map((n) => `${s}/${l}: ${n}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('resolve to formatted figures in each language', () => {
    const t = createTranslator({ locale: 'az', messages: MESSAGES.az }) as unknown as Translate;
    const text = resolveNote({ text: speakerNotes['trade-years'].az, observations: dataset.observations, locale: 'az', t });
    expect(text).toContain('533,4 mln ABŞ dolları');
    expect(text).not.toMatch(/\{[vp]:/);
    expect(() => resolveNote({ text: '{v:nope}', observations: dataset.observations, locale: 'en', t })).toThrow('unknown observation "nope"');
  });
});
