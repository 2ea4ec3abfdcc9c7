import type { ChartView } from '@/lib/charts/build';
import { ExportMenu } from '@/components/export/ExportMenu';
import { ChartCardBody, type CardLabels } from './ChartCardBody';
import styles from './charts.module.css';

/**
 * One chart as a card: a section with the chart's id (so `#trade-turnover` links work), its title
 * and subtitle, then the parts that follow the selected view. Server component: the static HTML
 * holds the default view in full, tables included.
 */
export function ChartCard({ view, locale, labels }: { view: ChartView; locale: string; labels: CardLabels }) {
  const titleId = `${view.id}-title`;
  return (
    <section id={view.id} className={styles.card} aria-labelledby={titleId} data-testid={`chart-${view.id}`}>
      <header className={styles.cardHeader}>
        <h3 id={titleId} className={styles.cardTitle}>
          {view.title}
        </h3>
        <p className={styles.subtitle}>{view.subtitle}</p>
        <div className={styles.cardActions}>
          <ExportMenu subject={{ kind: 'chart', chartId: view.id }} title={view.title} />
        </div>
      </header>
      <ChartCardBody initialView={view} locale={locale} labels={labels} />
    </section>
  );
}
