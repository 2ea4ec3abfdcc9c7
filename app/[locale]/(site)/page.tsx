import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/messages';
import { dataset } from '@/lib/dataset';
import { buildHeadlineCards, selectHeadlines } from '@/lib/headlines';
import type { Locale } from '@/lib/i18n/locales';
import { HeadlineCards } from '@/components/headlines/HeadlineCards';
import { DataDownloads } from '@/components/ui/DataDownloads';
import { ChartsSections } from '@/components/charts/ChartsSections';
import { RouteMapSection } from '@/components/map/RouteMapSection';

export default async function DashboardPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const cards = buildHeadlineCards(selectHeadlines(dataset.observations), dataset.sources, locale, t);
  // The Export menus' words only: everything else on the page is drawn by the server.
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, 'dashboard')}>
      <h1>{t('home.heading')}</h1>
      <p className="lede">{t('home.intro')}</p>
      <section aria-labelledby="headlines-heading">
        <h2 id="headlines-heading" className="visually-hidden">
          {t('home.headlinesHeading')}
        </h2>
        <HeadlineCards cards={cards} labels={{ source: t('cards.sourceLabel'), allSources: t('cards.allSources') }} locale={locale} />
      </section>
      <ChartsSections locale={locale} />
      <RouteMapSection locale={locale} />
      <DataDownloads locale={locale} />
    </NextIntlClientProvider>
  );
}
