/** The dashboard's languages, in the order the language switcher shows them. */
export const LOCALES = ['az', 'en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** Used when the visitor's language is not one of ours. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name written in that language (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
  az: 'Azərbaycanca',
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks our best language for a browser's preference list (navigator.languages, or the tags of
 * an Accept-Language header): the first tag whose primary language we have, else the default.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** The locale named by the first segment of a path (`/az/sources/` -> `az`), or null. */
export function localeFromPath(pathname: string): Locale | null {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : null;
}
