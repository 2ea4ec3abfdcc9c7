import { getTranslations } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { contextPipelines } from '@/data/geo/contextPipelines';
import { shapeRoute } from '@/lib/map/shapeRoute';
import { withoutGeometry } from '@/lib/map/withoutGeometry';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/observations';
import { lastUpdatedOf } from '@/lib/release/lastUpdated';
import { describeLastUpdated } from '@/lib/release/updatedText';
import { ExportMenu } from '@/components/export/ExportMenu';
import { exportMenuLabels } from '@/components/export/menuLabels';
import { RouteMap } from './RouteMap';
import styles from './RouteMap.module.css';

/**
 * The oil route section of the dashboard (server component): shapes the route from the validated
 * data and hands serialisable props to the client map: the lists' words, not the geometry, which
 * the map loads with its code. The page adds it with one line.
 */
export async function RouteMapSection({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const model = shapeRoute({ dataset, contextPipelines, locale, t });
  const updated = describeLastUpdated(lastUpdatedOf('route-map', dataset), locale, t as unknown as Translate);
  return (
    <section id="route-map" aria-labelledby="route-map-heading" className={styles.section}>
      <div className={styles.headingRow}>
        <h2 id="route-map-heading">{t('map.heading')}</h2>
        <ExportMenu subject={{ kind: 'map' }} title={t('map.heading')} labels={exportMenuLabels(t as unknown as Translate, t('map.heading'))} />
      </div>
      <p className={styles.intro}>{t('map.intro')}</p>
      {updated ? (
        <p className={styles.updated} data-testid="chart-updated">
          {updated}
        </p>
      ) : null}
      <RouteMap model={withoutGeometry(model)} locale={locale} />
    </section>
  );
}
