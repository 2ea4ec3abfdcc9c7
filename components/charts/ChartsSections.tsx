import { getTranslations } from 'next-intl/server';
import { buildChartView, findYearBounds, selectChartData } from '@/lib/charts/build';
import { CHART_IDS } from '@/lib/charts/registry';
import { SELECTABLE_REPORTERS } from '@/lib/charts/types';
import { dataset } from '@/lib/dataset';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/observations';
import { lastUpdatedAll } from '@/lib/release/lastUpdated';
import { describeLastUpdated } from '@/lib/release/updatedText';
import { ChartCard, cardLabels } from './ChartCard';
import { ChartsProvider } from './ChartsProvider';
import { ChartsToolbar } from './ChartsToolbar';
import { exportMenuLabels } from '@/components/export/menuLabels';
import { BriefingButton } from '@/components/export/BriefingButton';
import styles from './charts.module.css';

/**
 * Without scripts the plots cannot draw and the controls (view, export) cannot work: show the
 * tables instead and hide the controls. Static text, no input.
 */
const NO_SCRIPT_STYLE =
  '<style>[data-chart-area],[data-charts-toolbar],[data-export-control]{display:none!important}' +
  '[data-chart-tables]{position:static!important;width:auto!important;height:auto!important;margin:0!important;' +
  'overflow:visible!important;clip:auto!important;clip-path:none!important;white-space:normal!important}</style>';

/** The dashboard's charts: intro, view controls and one card per chart, all from data/ via lib/charts. */
export async function ChartsSections({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const translate = t as unknown as Translate;
  const data = selectChartData(dataset);
  const bounds = findYearBounds(data);
  const filter = { range: { from: bounds.min, to: bounds.max }, reporters: SELECTABLE_REPORTERS };
  const views = CHART_IDS.map((id) => buildChartView(id, { data, filter, bounds, locale, t: translate }));
  const labels = cardLabels(t);
  const updated = lastUpdatedAll(dataset);
  return (
    <ChartsProvider bounds={bounds} sectionIds={CHART_IDS}>
      <section className={styles.charts} aria-labelledby="charts-heading" data-testid="charts">
        <h2 id="charts-heading">{t('charts.heading')}</h2>
        <p className={styles.intro}>{t('charts.intro')}</p>
        <ChartsToolbar
          labels={{
            label: t('charts.toolbar.label'),
            reporters: t('charts.toolbar.reporters'),
            reportersHint: t('charts.toolbar.reportersHint'),
            years: t('charts.toolbar.years'),
            from: t('charts.toolbar.from'),
            to: t('charts.toolbar.to'),
            view: t('charts.toolbar.view'),
            chart: t('charts.toolbar.chart'),
            table: t('charts.toolbar.table'),
            reset: t('charts.toolbar.reset'),
            reporterNames: { AZ: t('reporters.AZ'), KZ: t('reporters.KZ') },
          }}
        />
        <BriefingButton />
        {views.map((view) => (
          <ChartCard
            key={view.id}
            view={view}
            locale={locale}
            labels={labels}
            exportLabels={exportMenuLabels(translate, view.title)}
            updated={describeLastUpdated(updated[view.id], locale, translate)}
          />
        ))}
        <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_STYLE }} />
      </section>
    </ChartsProvider>
  );
}
