'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, localeFromPath, pickLocale, type Locale } from '@/lib/i18n/locales';
import styles from './NotFoundMessage.module.css';

interface Text {
  title: string;
  body: string;
  home: string;
}

const subscribe = () => () => {};
const clientLocale = (): Locale => localeFromPath(window.location.pathname) ?? pickLocale(navigator.languages ?? []);
const serverLocale = (): Locale => DEFAULT_LOCALE;

/**
 * The not-found message in the language of the address (`/kk/...` -> Kazakh) or, for an address
 * without one of our languages, the browser's. English in the HTML, until scripts run.
 */
export function NotFoundMessage({ texts }: { texts: Record<string, Text> }) {
  const locale = useSyncExternalStore(subscribe, clientLocale, serverLocale);
  const text = texts[locale] ?? texts[DEFAULT_LOCALE]!;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text.title;
  }, [locale, text.title]);
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
