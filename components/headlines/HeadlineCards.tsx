import type { HeadlineCardModel } from '@/lib/headlines';
import styles from './HeadlineCards.module.css';

interface Props {
  cards: readonly HeadlineCardModel[];
  labels: { source: string; allSources: string };
  locale: string;
}

/**
 * The headline figures as cards. Period and reporting side are always visible (a projector has no
 * hover); the source's details open on hover or keyboard focus of the figure and link to the
 * sources page.
 */
export function HeadlineCards({ cards, labels, locale }: Props) {
  return (
    <ul className={styles.grid} data-testid="headline-cards">
      {cards.map((card) => (
        <li key={card.id} className={styles.card} data-testid={`headline-${card.id}`}>
          <h3 className={styles.title}>{card.title}</h3>
          <ul className={styles.figures}>
            {card.figures.map((f) => {
              const tipId = `tip-${f.observationId}`;
              return (
                <li key={f.observationId} className={styles.figure} data-reporter={f.reporter} data-observation={f.observationId}>
                  <a className={styles.value} href={`/${locale}/sources/#${f.source.id}`} aria-describedby={tipId}>
                    {f.value}
                  </a>
                  <span className={styles.meta}>
                    <span className={styles.badge} data-reporter={f.reporter}>
                      {f.reporterLabel}
                    </span>
                    <span className={styles.period}>{f.period}</span>
                  </span>
                  <span role="tooltip" id={tipId} className={styles.tip}>
                    {labels.source}: {f.source.publisher}
                    {f.source.published ? `, ${f.source.published}` : ''}. “{f.source.title}”
                  </span>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
