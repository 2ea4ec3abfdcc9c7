import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { LOCALES } from './locales';
import { MESSAGES } from './messages';

/**
 * WCAG 2.5.3 (label in name; axe's label-content-name-mismatch): the accessible name of the Export
 * button must start with the words it shows, as whole words ("Экспорттау…" does not start with the
 * word "Экспорт").
 */
describe('Export button', () => {
  for (const locale of LOCALES) {
    it(`${locale}: its accessible name starts with its visible label`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale] });
      const visible = t('export.button').trim();
      const name = t('export.buttonLabel', { title: 'T' }).trim();
      const lower = (s: string) => s.toLocaleLowerCase(locale);
      expect(lower(name).startsWith(lower(visible)), `"${name}" starts with "${visible}"`).toBe(true);
      // A whole word: what follows the label is not a letter or digit.
      expect(name.slice(visible.length), `"${name}" continues "${visible}" with a new word`).toMatch(/^(?![\p{L}\p{N}])/u);
    });
  }
});
