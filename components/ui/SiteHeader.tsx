import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeSwitcher } from './ThemeSwitcher';
import { THEMES } from '@/lib/ui/theme';
import styles from './SiteHeader.module.css';

/** Site header. Links do not prefetch: the sources page and the deck load their code when opened, not with the first view. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} prefetch={false}>
          <span className={styles.title}>{t('site.title')}</span>
          <span className={styles.subtitle}>{t('site.subtitle')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <Link href="/" prefetch={false}>{t('nav.dashboard')}</Link>
          <Link href="/sources/" prefetch={false}>{t('nav.sources')}</Link>
          <Link href="/present/" prefetch={false}>{t('nav.present')}</Link>
        </nav>
        <ThemeSwitcher label={t('theme.label')} names={Object.fromEntries(THEMES.map((th) => [th, t(`theme.${th}`)])) as Record<(typeof THEMES)[number], string>} />
        <LanguageSwitcher locale={locale} label={t('nav.language')} />
      </div>
    </header>
  );
}
