'use client';

import { useEffect, useState } from 'react';
import { pickCarriedQuery } from '@/lib/carriedQuery';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { usePathname } from '@/lib/i18n/navigation';
import { VIEW_STATE_EVENT } from '@/lib/urlState';
import styles from './LanguageSwitcher.module.css';

/**
 * Plain links to the same page in each language (they work without scripts); once hydrated they
 * also carry the view in the address (parameters the pages read, in their strict shapes, and the
 * section hash; see lib/carriedQuery.ts), so the view is kept when switching language.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const [suffix, setSuffix] = useState('');
  useEffect(() => {
    const update = () => setSuffix(pickCarriedQuery(window.location.search, window.location.hash));
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    window.addEventListener(VIEW_STATE_EVENT, update);
    return () => {
      window.removeEventListener(VIEW_STATE_EVENT, update);
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  const rest = pathname === '/' ? '/' : `${pathname.replace(/\/$/, '')}/`;
  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${rest}${suffix}`}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? 'true' : undefined}
              className={l === locale ? styles.current : undefined}
            >
              <span aria-hidden="true">{l.toUpperCase()}</span>
              <span className="visually-hidden">{LOCALE_NAMES[l]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
