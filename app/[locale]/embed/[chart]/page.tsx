import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/messages';
import { CHART_DEFINITIONS, CHART_IDS } from '@/lib/charts/registry';
import type { ChartId } from '@/lib/charts/types';
import type { Locale } from '@/lib/i18n/locales';
import { EmbedChart } from '@/components/embed/EmbedChart';
import { RouteMapSection } from '@/components/map/RouteMapSection';

/** What can be embedded: each chart and the route map. */
const EMBEDS = [...CHART_IDS, 'route-map'] as const;

export const dynamicParams = false;

export function generateStaticParams() {
  return EMBEDS.map((chart) => ({ chart }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; chart: string }> }): Promise<Metadata> {
  const { locale, chart } = await params;
  const t = await getTranslations({ locale });
  const title = chart === 'route-map' ? t('map.heading') : t(CHART_DEFINITIONS[chart as ChartId].titleKey);
  return { title: `${title} · ${t('site.title')}`, robots: { index: false } };
}

/** One chart or the map alone, without the site's header and footer, for an iframe elsewhere. */
export default async function EmbedPage({ params }: { params: Promise<{ locale: Locale; chart: string }> }) {
  const { locale, chart } = await params;
  if (!(EMBEDS as readonly string[]).includes(chart)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <main id="main">
      <NextIntlClientProvider locale={locale} messages={clientMessages(locale, 'embed')}>
      <h1 className="visually-hidden">{t('site.title')}</h1>
      {chart === 'route-map' ? (
        <div style={{ padding: 'var(--space-2)' }}>
          <RouteMapSection locale={locale} />
          <p>
            <a href={`/${locale}/#route-map`} target="_blank" rel="noopener" data-testid="embed-back-link">
              {t('export.embedBackLink')}
            </a>
          </p>
        </div>
      ) : (
        <EmbedChart locale={locale} chartId={chart as ChartId} />
      )}
      </NextIntlClientProvider>
    </main>
  );
}
