import './styles';
import type { Metadata } from 'next';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { LocaleRedirect } from '@/components/ui/LocaleRedirect';
import styles from './page.module.css';
import { ThemeInitScript } from '@/components/ui/ThemeInitScript';

export const metadata: Metadata = {
  title: LOCALES.map((l) => MESSAGES[l].meta.title).join(' · '),
  description: MESSAGES.en.meta.description,
};

/**
 * `/`: sends the visitor to their browser's language (English when none of ours matches). Without
 * scripts, the same choice is offered as plain links.
 */
export default function RootPage() {
  return (
    <html lang="en">
      <head>
        <ThemeInitScript />
      </head>
      <body>
        <main className={styles.main}>
          <LocaleRedirect />
          <h1 className={styles.title}>
            {LOCALES.map((l) => (
              <span key={l} lang={l}>
                {MESSAGES[l].site.title}
              </span>
            ))}
          </h1>
          <nav aria-label="Language / Dil / Язык / Тіл">
            <ul className={styles.list}>
              {LOCALES.map((l) => (
                <li key={l}>
                  <a href={`/${l}/`} hrefLang={l} lang={l}>
                    {LOCALE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </main>
      </body>
    </html>
  );
}
