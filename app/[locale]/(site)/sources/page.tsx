import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { groupBySource } from '@/lib/sources';
import type { Locale } from '@/lib/i18n/locales';
import { SourceList } from '@/components/sources/SourceList';
import { DataDownloads } from '@/components/ui/DataDownloads';
import { CitationBox } from '@/components/cite/CitationBox';
import { makeCitation } from '@/lib/release/citation';
import { releaseOf } from '@/lib/release/release';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return { title: `${t('sources.heading')} · ${t('meta.title')}` };
}

export default async function SourcesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const groups = groupBySource(dataset, locale, t);
  const release = releaseOf(dataset);
  const citation = makeCitation({ work: 'dataset', release, locale, t });
  return (
    <>
      <h1>{t('sources.heading')}</h1>
      <p className="lede">{t('sources.intro')}</p>
      <DataDownloads locale={locale} />
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t('cite.heading')}</h2>
        <p>
          {t('cite.intro')} <a href={`/${locale}/sources/changes/`}>{t('footer.changes')}</a>
        </p>
        <CitationBox citation={citation} locale={locale} labels={{ copy: t('cite.copy'), copied: t('cite.copied'), bibtex: t('cite.bibtex'), ris: t('cite.ris') }} />
      </section>
      <SourceList groups={groups} locale={locale} />
    </>
  );
}
