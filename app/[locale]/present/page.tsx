import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/messages';
import { dataset } from '@/lib/dataset';
import { buildHeadlineCards, selectHeadlines } from '@/lib/headlines';
import type { ReactNode } from 'react';
import { buildSlideMeta, SLIDE_DEFINITIONS } from '@/lib/present/slides';
import { SLIDE_IDS, type SlideId } from '@/lib/present/deck';
import { dataAsOf } from '@/lib/observations';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Deck } from '@/components/present/Deck';
import { HeadlinesSlide, TitleSlide } from '@/components/present/TitleSlide';
import { MapSlide } from '@/components/present/MapSlide';
import { ChartPartSlide } from '@/components/present/ChartPartSlide';
import { ChartsProvider } from '@/components/charts/ChartsProvider';
import { buildViewsWithDictionary, findYearBounds, selectChartData } from '@/lib/charts/build';
import { deckLabels } from '@/components/present/deckLabels';
import styles from './page.module.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return { title: `${t('present.heading')} · ${t('meta.title')}` };
}

export default async function PresentPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const asOf = dataAsOf(dataset.sources);
  const cards = buildHeadlineCards(selectHeadlines(dataset.observations), dataset.sources, locale, t);
  const slides = buildSlideMeta({ observations: dataset.observations, locale, t });
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  const { views, dictionary } = buildViewsWithDictionary({ data, bounds, locale, t });
  const viewOf = new Map(views.map((view) => [view.id, view]));
  // One slide per definition (lib/present/slides.ts): a new slide needs no change here.
  const contentOf = (id: SlideId): ReactNode => {
    const def = SLIDE_DEFINITIONS[id];
    switch (def.kind) {
      case 'title':
        return (
          <TitleSlide
            kicker={t('present.titleSlide.kicker')}
            title={t('home.heading')}
            subtitle={t('site.subtitle')}
            asOf={asOf ? t('present.titleSlide.asOf', { date: formatDate(asOf, locale) }) : ''}
            sourcesNote={t('present.titleSlide.sourcesNote', { url: `/${locale}/sources/` })}
          />
        );
      case 'headlines':
        return <HeadlinesSlide heading={t('present.titleSlide.figuresHeading')} cards={cards} />;
      case 'map':
        return <MapSlide locale={locale} />;
      case 'chart': {
        const view = viewOf.get(def.chart);
        return view ? <ChartPartSlide initialView={view} part={def} locale={locale} /> : null;
      }
    }
  };
  const contents = Object.fromEntries(SLIDE_IDS.map((id) => [id, contentOf(id)])) as Record<SlideId, ReactNode>;
  return (
    <main id="main" className={styles.main}>
      <noscript>
        <p>{t('present.noScript')}</p>
      </noscript>
      <NextIntlClientProvider locale={locale} messages={clientMessages(locale, 'present')}>
        <ChartsProvider bounds={bounds} data={data} dictionary={dictionary}>
          <Deck locale={locale} slides={slides} contents={contents} labels={deckLabels(t)} years={bounds} />
        </ChartsProvider>
      </NextIntlClientProvider>
    </main>
  );
}
