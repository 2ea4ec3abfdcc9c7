'use client';

import { useEffect, useState } from 'react';
import styles from './NotFoundMessage.module.css';
import { DEFAULT_LOCALE, localeFromPath, pickLocale, type Locale } from '@/lib/i18n/locales';

interface Text {
  title: string;
  body: string;
  home: string;
}

/**
 * The not-found message in the language of the address (`/kk/...` -> Kazakh) or, for an address
 * without one of our languages, the browser's. English until scripts run.
 */
export function NotFoundMessage({ texts }: { texts: Record<string, Text> }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  useEffect(() => {
    const chosen = localeFromPath(window.location.pathname) ?? pickLocale(navigator.languages ?? []);
    setLocale(chosen);
    document.documentElement.lang = chosen;
    document.title = texts[chosen]?.title ?? document.title;
  }, [texts]);
  const text = texts[locale] ?? texts[DEFAULT_LOCALE]!;
  return (
    <div data-testid="not-found" data-locale={locale} className={styles.box}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <a href={`/${locale}/`}>{text.home}</a>
      </p>
    </div>
  );
}
