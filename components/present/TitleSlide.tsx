import type { HeadlineCardModel } from '@/lib/headlines';
import styles from './Slides.module.css';

/** The opening slide: what the briefing is, its title, and the date of the data with where the sources are. */
export function TitleSlide(props: { kicker: string; title: string; subtitle: string; asOf: string; sourcesNote: string }) {
  return (
    <div className={`${styles.slide} ${styles.cover}`} data-testid="title-slide">
      <p className={styles.kicker}>{props.kicker}</p>
      <h2 className={styles.title} data-pptx="title">
        {props.title}
      </h2>
      <p className={styles.subtitle} data-slide-text="running">
        {props.subtitle}
      </p>
      <p className={styles.footer}>
        {props.asOf}
        <br />
        {props.sourcesNote}
      </p>
    </div>
  );
}

/** The headline figures, each with its reporter, period and publisher. */
export function HeadlinesSlide(props: { heading: string; cards: readonly HeadlineCardModel[] }) {
  return (
    <div className={styles.slide} data-testid="headlines-slide">
      <h2 className={styles.slideTitle} data-pptx="title">
        {props.heading}
      </h2>
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
    </div>
  );
}
