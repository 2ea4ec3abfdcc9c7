import type { RouteMapText, RouteSegmentView } from '@/lib/map/shapeRoute';
import { ContextSwatch, DirectionBadge, ModeSwatch, NodeSwatch } from './LegendSwatch';
import styles from './RouteMap.module.css';

interface Props {
  segments: readonly Pick<RouteSegmentView, 'id' | 'mode' | 'accuracy'>[];
  /** Names of the context pipelines drawn faintly. */
  contextNames: readonly string[];
  text: RouteMapText['legend'];
}

/** The legend under the map: each leg's line style and whether its line is traced or approximate. */
export function RouteLegend({ segments, contextNames, text }: Props) {
  return (
    <div className={styles.legend} data-testid="route-legend">
      <h3 className="visually-hidden">{text.heading}</h3>
      <ul>
        {segments.map((s) => (
          <li key={s.id} data-mode={s.mode} data-accuracy={s.accuracy}>
            <ModeSwatch mode={s.mode} />
            <span>
              {text[s.mode]} <span className={s.accuracy === 'approximate' ? styles.approxTag : styles.tracedTag}>({text[s.accuracy]})</span>
            </span>
          </li>
        ))}
        <li>
          <DirectionBadge size={16} />
          <span>{text.direction}</span>
        </li>
        <li>
          <ContextSwatch />
          <span>
            {text.context}
            {contextNames.length > 0 ? <span className={styles.tracedTag}>: {contextNames.join(', ')}</span> : null}
          </span>
        </li>
        <li>
          <NodeSwatch city={false} />
          <span>{text.node}</span>
        </li>
        <li>
          <NodeSwatch city />
          <span>{text.city}</span>
        </li>
      </ul>
    </div>
  );
}
