import type { HeadlineCardModel } from '@/lib/headlines';
import styles from './Slides.module.css';

/** The opening slide: title, date of the data and the headline figures, each with its reporter. */
export function TitleSlide(props: { kicker: string; title: string; subtitle: string; asOf: string; sourcesNote: string; cards: readonly HeadlineCardModel[] }) {
  return (
    <div className={styles.slide} data-testid="title-slide">
      <p className={styles.kicker}>{props.kicker}</p>
      <h2 className={styles.title} data-pptx="title">{props.title}</h2>
      <p className={styles.subtitle}>{props.subtitle}</p>
      <ul className={styles.figures}>
        {props.cards.map((card) => (
          <li key={card.id} className={styles.figureCard}>
            <span className={styles.figureLabel}>{card.title}</span>
            {card.figures.map((f) => (
              <span key={f.observationId} className={styles.figure} data-reporter={f.reporter}>
                <span className={styles.figureValue}>{f.value}</span>
                <span className={styles.figureMeta}>
                  {f.reporterLabel} · {f.period} · {f.source.publisher}
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p className={styles.footer}>
        {props.asOf} · {props.sourcesNote}
      </p>
    </div>
  );
}
