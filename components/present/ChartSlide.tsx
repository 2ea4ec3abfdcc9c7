import type { ChartView } from '@/lib/charts/build';
import { ChartSlideBody } from './ChartSlideBody';
import styles from './Slides.module.css';

/**
 * A chart as a slide, from the same view model as the dashboard card: title and subtitle here,
 * the description, the drawing and the source line in ChartSlideBody (which follows the slide's
 * options: reporters, years).
 */
export function ChartSlide({ view, locale }: { view: ChartView; locale: string }) {
  return (
    <div className={styles.slide} data-testid={`chart-slide-${view.id}`}>
      <h2 className={styles.slideTitle} data-pptx="title">{view.title}</h2>
      <p className={styles.slideSubtitle}>{view.subtitle}</p>
      <ChartSlideBody initialView={view} locale={locale} />
    </div>
  );
}
