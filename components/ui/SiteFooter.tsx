import { getTranslations } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { formatDate } from '@/lib/format';
import { dataAsOf } from '@/lib/observations';
import { releaseOf } from '@/lib/release/release';
import styles from './SiteFooter.module.css';

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const asOf = dataAsOf(dataset.sources);
  const release = releaseOf(dataset).id;
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        {asOf ? <p data-testid="data-as-of">{t('asOf', { date: formatDate(asOf, locale) })}</p> : null}
        <p data-testid="data-release">
          {t('release', { release })} · <a href={`/${locale}/sources/changes/`}>{t('changes')}</a>
        </p>
        <p>{t('dataLicence')}</p>
        <p>{t('credits')}</p>
        <p>
          <a href={`/${locale}/sources/`}>{t('downloads')}</a>
        </p>
      </div>
    </footer>
  );
}
