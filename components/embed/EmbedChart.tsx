import { getTranslations } from 'next-intl/server';
import { buildChartView, findYearBounds, selectChartData } from '@/lib/charts/build';
import { SELECTABLE_REPORTERS } from '@/lib/charts/types';
import type { ChartId } from '@/lib/charts/types';
import { dataset } from '@/lib/dataset';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/observations';
import { lastUpdatedOf } from '@/lib/release/lastUpdated';
import { describeLastUpdated } from '@/lib/release/updatedText';
import { exportMenuLabels } from '@/components/export/menuLabels';
import { ChartCard, cardLabels } from '@/components/charts/ChartCard';
import { ChartsProvider } from '@/components/charts/ChartsProvider';
import { EmbedBackLink } from './EmbedBackLink';
import styles from './Embed.module.css';

/**
 * One chart alone, for an iframe on another site: the same card as on the dashboard (title, chart,
 * table for screen readers, source line, notes, Export menu), the view from the iframe's address
 * (`?reporter=KZ&from=2019`), and a link back to that view on the dashboard.
 */
export async function EmbedChart({ locale, chartId }: { locale: Locale; chartId: ChartId }) {
  const t = await getTranslations({ locale });
  // The dashboard's years (the link back carries the same view), this chart's figures only.
  const bounds = findYearBounds(selectChartData(dataset));
  const filter = { range: { from: bounds.min, to: bounds.max }, reporters: SELECTABLE_REPORTERS };
  const view = buildChartView(chartId, { data: selectChartData(dataset, chartId), filter, bounds, locale, t: t as unknown as Translate });
  return (
    <ChartsProvider bounds={bounds}>
      <div className={styles.embed} data-testid="embed">
        <ChartCard
          view={view}
          locale={locale}
          labels={cardLabels(t)}
          exportLabels={exportMenuLabels(t as unknown as Translate, view.title)}
          updated={describeLastUpdated(lastUpdatedOf(chartId, dataset), locale, t as unknown as Translate)}
          lazyPlots={false}
          headingLevel={2}
        />
        <p className={styles.back}>
          {t('site.title')} · <EmbedBackLink locale={locale} hash={chartId} label={t('export.embedBackLink')} />
        </p>
      </div>
    </ChartsProvider>
  );
}
