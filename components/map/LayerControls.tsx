import type { MapLayerView, RouteMapText } from '@/lib/map/shapeRoute';
import { LayerSwatch } from './LayerSwatch';
import styles from './RouteMap.module.css';

interface Props {
  layers: readonly Pick<MapLayerView, 'id' | 'kind' | 'name' | 'tag'>[];
  shown: readonly string[];
  text: RouteMapText['layers'];
  /** Absent before hydration: the controls are then disabled (the server HTML cannot change the map). */
  onToggle?: (id: string, shown: boolean) => void;
  onDetails?: (id: string) => void;
}

/**
 * The context layers' legend entries, each with a checkbox that shows or hides its lines on the
 * map (a real, labelled checkbox: keyboard and screen readers get its name and state) and a button
 * for its details in the side panel.
 */
export function LayerControls({ layers, shown, text, onToggle, onDetails }: Props) {
  return (
    <fieldset className={styles.layerControls} data-testid="route-layer-controls">
      <legend>{text.heading}</legend>
      <ul>
        {layers.map((l) => {
          const inputId = `route-layer-${l.id}`;
          return (
            <li key={l.id} data-layer={l.id}>
              <input
                id={inputId}
                type="checkbox"
                checked={shown.includes(l.id)}
                disabled={!onToggle}
                onChange={(e) => onToggle?.(l.id, e.currentTarget.checked)}
                data-testid={`route-layer-toggle-${l.id}`}
              />
              <label htmlFor={inputId}>
                <LayerSwatch kind={l.kind} />
                <span>
                  {l.name} <span className={styles.approxTag}>({l.tag})</span>
                </span>
              </label>
              <button type="button" className={styles.layerDetails} disabled={!onDetails} onClick={() => onDetails?.(l.id)} aria-label={text.details.replace('{name}', l.name)}>
                {text.more}
              </button>
            </li>
          );
        })}
      </ul>
      <p className={styles.layerNote}>{text.note}</p>
    </fieldset>
  );
}
