import { getTranslations } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import { contextPipelines } from '@/data/geo/contextPipelines';
import { shapeRoute } from '@/lib/map/shapeRoute';
import type { Locale } from '@/lib/i18n/locales';
import { ContextSwatch, DirectionBadge, ModeSwatch, NodeSwatch } from '@/components/map/LegendSwatch';
import { SlideLayerKey } from './SlideLayerKey';
import { SlideMap } from './SlideMap';
import styles from './Slides.module.css';

/**
 * The oil route as a slide: the map drawn at slide size (SlideMap) beside the legs in order, each
 * with its line style, whether its line is traced or approximate, and the volumes it carried;
 * the remaining keys and the map's credits below. Everything at slide type, nothing to click.
 */
export async function MapSlide({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const model = shapeRoute({ dataset, contextPipelines, locale, t });
  const legend = model.text.legend;
  return (
    <div className={styles.slide} data-testid="map-slide">
      <h2 className={styles.slideTitle} data-pptx="title">
        {t('map.heading')}
      </h2>
      <div className={styles.mapLayout}>
        <SlideMap model={model} />
        <div className={styles.mapSide}>
          <h3 className="visually-hidden">{model.text.stepsHeading}</h3>
          <ol className={styles.mapLegs} data-testid="slide-route-list">
            {model.segments.map((s) => (
              <li key={s.id} data-segment={s.id}>
                <span className={styles.mapLegName}>
                  <ModeSwatch mode={s.mode} />
                  <span>
                    {s.name} <span className={styles.mapLegTag}>({legend[s.accuracy]})</span>
                  </span>
                </span>
                <span className={styles.mapLegVolumes}>{s.volumesLine}</span>
              </li>
            ))}
          </ol>
          <ul className={styles.mapKey}>
            <li>
              <DirectionBadge size={16} />
              <span>{legend.direction}</span>
            </li>
            <li>
              <ContextSwatch />
              <span>{legend.context}</span>
            </li>
            <li>
              <NodeSwatch city={false} />
              <span>{legend.node}</span>
            </li>
            <li>
              <NodeSwatch city />
              <span>{legend.city}</span>
            </li>
            <SlideLayerKey layers={model.layers.map(({ id, kind, legendText }) => ({ id, kind, legendText }))} />
          </ul>
        </div>
      </div>
      <p className={styles.slideSource}>{model.text.attribution}</p>
    </div>
  );
}
