import type { FactView } from '@/lib/map/shapeRoute';
import styles from './RouteMap.module.css';

/** Facts of a place or a leg: figures with their period and side, milestones with their date. */
export function FactList({ facts, locale }: { facts: readonly FactView[]; locale: string }) {
  return (
    <ul className={styles.facts}>
      {facts.map((f) =>
        f.kind === 'observation' ? (
          <li key={f.id} data-fact={f.id}>
            <a className={styles.factValue} href={`/${locale}/sources/#${f.sourceId}`}>
              {f.value}
            </a>{' '}
            <span>{f.label}</span>
            <span className={styles.muted}>
              {' · '}
              {f.period}
              {f.reporterLabel ? ` · ${f.reporterLabel}` : ''}
            </span>
          </li>
        ) : (
          <li key={f.id} data-fact={f.id}>
            <a className={styles.factValue} href={`/${locale}/sources/#${f.sourceId}`}>
              {f.date}
            </a>{' '}
            <span>{f.title}</span>
          </li>
        ),
      )}
    </ul>
  );
}
