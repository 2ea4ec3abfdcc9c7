import { createTranslator } from 'next-intl';
import { MESSAGES } from '../lib/i18n/messages';
import type { Locale } from '../lib/i18n/locales';
import type { Translate } from '../lib/observations';

/** The same message lookup the pages use, for computing what a page must show. */
export function translatorFor(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
}
