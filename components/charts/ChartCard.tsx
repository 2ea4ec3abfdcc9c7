import type { ChartView } from '@/lib/charts/build';
import { ExportMenu } from '@/components/export/ExportMenu';
import type { ExportMenuLabels } from '@/components/export/menuLabels';
import { CardContent, type CardLabels } from './CardContent';
import { CardView } from './CardView';
import { SubHeadingLevelProvider } from './SubHeading';
import styles from './charts.module.css';

/**
 * One chart as a card: a section with the chart's id (so `#trade-turnover` links work), its title
 * and subtitle, then the default view. Server component: the static HTML holds the default view in
 * full, tables included, and the browser hydrates only the plot, the tables' holder and the Export
 * menu. On the dashboard (`lazyPlots`) the plots load when the card nears the viewport; an embed
 * draws its one chart at once.
 */
export function ChartCard({
  view,
  locale,
  labels,
  exportLabels,
  updated,
  lazyPlots = true,
  headingLevel = 3,
}: {
  view: ChartView;
  locale: string;
  labels: CardLabels;
  /** The Export button's words for this chart (`exportMenuLabels`). */
  exportLabels: ExportMenuLabels;
  updated: string | null;
  lazyPlots?: boolean;
  /** The title's level: h3 under the dashboard's "Charts" heading; h2 in an embed, whose only h1 is the site's name. The panels' headings are one level below. */
  headingLevel?: 2 | 3;
}) {
  const titleId = `${view.id}-title`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section id={view.id} className={styles.card} aria-labelledby={titleId} data-testid={`chart-${view.id}`}>
      <header className={styles.cardHeader}>
        <Heading id={titleId} className={styles.cardTitle}>
          {view.title}
        </Heading>
        <p className={styles.subtitle}>{view.subtitle}</p>
        {updated ? (
          <p className={styles.updated} data-testid="chart-updated">
            {updated}
          </p>
        ) : null}
        <div className={styles.cardActions}>
          <ExportMenu subject={{ kind: 'chart', chartId: view.id }} title={view.title} labels={exportLabels} />
        </div>
      </header>
      <SubHeadingLevelProvider level={headingLevel === 2 ? 3 : 4}>
        <CardView chartId={view.id} locale={locale} labels={labels} lazyPlots={lazyPlots}>
          <CardContent view={view} locale={locale} labels={labels} lazyPlots={lazyPlots} />
        </CardView>
      </SubHeadingLevelProvider>
    </section>
  );
}

/** The card's fixed words, from the `charts.common` messages. */
export function cardLabels(t: (key: string) => string): CardLabels {
  return { allSources: t('charts.common.allSources'), failed: t('charts.common.failed') };
}
