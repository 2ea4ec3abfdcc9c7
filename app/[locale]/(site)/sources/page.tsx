import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { groupBySource } from '@/lib/sources';
import type { Locale } from '@/lib/i18n/locales';
import { SourceList } from '@/components/sources/SourceList';
import { DataDownloads } from '@/components/ui/DataDownloads';

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
  return (
    <>
      <h1>{t('sources.heading')}</h1>
      <p className="lede">{t('sources.intro')}</p>
      <DataDownloads locale={locale} />
      <SourceList groups={groups} locale={locale} />
    </>
  );
}
