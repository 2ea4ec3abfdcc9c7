import { getTranslations } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { contextPipelines } from '@/data/geo/contextPipelines';
import { shapeRoute } from '@/lib/map/shapeRoute';
import type { Locale } from '@/lib/i18n/locales';
import { RouteMap } from '@/components/map/RouteMap';
import styles from './Slides.module.css';

/** The oil route map as a slide: the same shaped route and map as the dashboard, filling the stage. */
export async function MapSlide({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const model = shapeRoute({ dataset, contextPipelines, locale, t });
  return (
    <div className={styles.slide} data-testid="map-slide">
      <h2 className={styles.slideTitle} data-pptx="title">{t('map.heading')}</h2>
      <div className={styles.slideBody}>
        <RouteMap model={model} locale={locale} variant="slide" />
      </div>
    </div>
  );
}
