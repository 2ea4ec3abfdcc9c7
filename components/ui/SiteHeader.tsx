import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';
import styles from './SiteHeader.module.css';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span className={styles.title}>{t('site.title')}</span>
          <span className={styles.subtitle}>{t('site.subtitle')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <Link href="/">{t('nav.dashboard')}</Link>
          <Link href="/sources/">{t('nav.sources')}</Link>
        </nav>
        <LanguageSwitcher locale={locale} label={t('nav.language')} />
      </div>
    </header>
  );
}
