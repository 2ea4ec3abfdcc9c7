import type { RouteMapText, RouteSegmentView } from '@/lib/map/shapeRoute';
import styles from './RouteMap.module.css';

/** The DOM id of a leg's button in the list. */
export function stepButtonId(segmentId: string): string {
  return `route-step-${segmentId}`;
}

interface Props {
  segments: readonly RouteSegmentView[];
  text: Pick<RouteMapText, 'stepsHeading' | 'legend'>;
  /** Selected leg, or null. */
  selected: string | null;
  /** Selects (or, when selected, clears) a leg. Absent before hydration and without JavaScript: the names are plain text then. */
  onSelect?: (id: string) => void;
}

/**
 * The route as an ordered list: leg, mode, length, volumes. Rendered on the server, so it is there
 * before the map loads, without JavaScript and for screen readers; once interactive, each leg's
 * name is a button that selects it (mirrored on the map).
 */
export function RouteSteps({ segments, text, selected, onSelect }: Props) {
  return (
    <div className={styles.steps}>
      <h3 id="route-steps-heading">{text.stepsHeading}</h3>
      <ol aria-labelledby="route-steps-heading" data-testid="route-list">
        {segments.map((s) => (
          <li key={s.id} data-segment={s.id} data-selected={selected === s.id ? 'true' : undefined}>
            {onSelect ? (
              <button type="button" id={stepButtonId(s.id)} className={styles.stepButton} aria-pressed={selected === s.id} onClick={() => onSelect(s.id)} data-testid={`select-${s.id}`}>
                {s.name}
              </button>
            ) : (
              <span className={styles.stepName}>{s.name}</span>
            )}
            <span className={styles.stepMeta}>
              {s.modeLabel} · {s.lengthText} · {text.legend[s.accuracy]}
            </span>
            <span className={styles.stepMeta}>{s.volumesLine}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
