import type { RouteNodeView } from '@/lib/map/shapeRoute';
import styles from './RouteMap.module.css';

interface Props {
  nodes: readonly Pick<RouteNodeView, 'id' | 'name' | 'kindLabel'>[];
  heading: string;
  open: string | null;
  onOpen: (id: string) => void;
}

/** Buttons for the places on the route: each opens that place's facts on the map. */
export function RoutePlaces({ nodes, heading, open, onOpen }: Props) {
  return (
    <div className={styles.places}>
      <h3 id="route-places-heading">{heading}</h3>
      <ul aria-labelledby="route-places-heading">
        {nodes.map((n) => (
          <li key={n.id}>
            <button type="button" className={styles.placeButton} aria-pressed={open === n.id} onClick={() => onOpen(n.id)} data-testid={`place-${n.id}`}>
              {n.name}
              <span className="visually-hidden">, {n.kindLabel}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
