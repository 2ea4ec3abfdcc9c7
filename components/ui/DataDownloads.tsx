import { getTranslations } from 'next-intl/server';

/** Links to the whole dataset, generated at build time by scripts/build-data.ts. */
export async function DataDownloads({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('downloadsHeading')}</h2>
      <p>{t('downloadsIntro')}</p>
      <ul>
        <li>
          <a href="/data/dataset.csv" download>
            {t('downloadCsv')}
          </a>
        </li>
        <li>
          <a href="/data/dataset.json" download>
            {t('downloadJson')}
          </a>
        </li>
      </ul>
    </section>
  );
}
