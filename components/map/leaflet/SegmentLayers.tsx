'use client';
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { Polyline } from 'react-leaflet';
import type { RouteSegmentView } from '@/lib/map/shapeRoute';
import { CASING_EXTRA, DIMMED_OPACITY, HIT_WEIGHT, MAP_COLOURS, MODE_STYLES, SELECTED_EXTRA } from '@/lib/map/mapTheme';
import { makeFocusable } from './makeFocusable';
import styles from '../RouteMap.module.css';

interface SegmentLayersProps {
  segment: RouteSegmentView;
  selected: string | null;
  onToggle: (id: string) => void;
}

/** One leg: white casing, the mode's line, the moving flow overlay, and a wide invisible hit line. */
export function SegmentLayers({ segment, selected, onToggle }: SegmentLayersProps) {
  const style = MODE_STYLES[segment.mode];
  const isSelected = selected === segment.id;
  const opacity = selected && !isSelected ? DIMMED_OPACITY : 1;
  const extra = isSelected ? SELECTED_EXTRA : 0;
  const hit = useRef<L.Polyline | null>(null);
  const activate = useRef(() => onToggle(segment.id));
  useEffect(() => {
    activate.current = () => onToggle(segment.id);
  }, [onToggle, segment.id]);
  useEffect(() => {
    hit.current?.getElement()?.setAttribute('aria-pressed', String(isSelected));
  }, [isSelected]);

  return (
    <>
      <Polyline
        positions={segment.latLngs}
        interactive={false}
        pathOptions={{ color: MAP_COLOURS.routeCasing, weight: style.base.weight + CASING_EXTRA + extra, opacity: 0.95 * opacity, lineCap: 'round', lineJoin: 'round' }}
      />
      <Polyline
        positions={segment.latLngs}
        interactive={false}
        className={styles.routeLine}
        eventHandlers={{ add: (e) => (e.target as L.Polyline).getElement()?.setAttribute('data-line', segment.id) }}
        pathOptions={{ color: MAP_COLOURS.route, weight: style.base.weight + extra, dashArray: style.base.dashArray, lineCap: style.base.lineCap, lineJoin: 'round', opacity }}
      />
      {segment.mode !== 'tanker' ? (
        <Polyline
          positions={segment.latLngs}
          interactive={false}
          className={`${styles.flow} ${styles.flowOverlay}`}
          eventHandlers={{ add: (e) => (e.target as L.Polyline).getElement()?.setAttribute('data-flow', segment.id) }}
          pathOptions={{ color: MAP_COLOURS.flow, weight: style.flow.weight, dashArray: style.flow.dashArray, lineCap: style.flow.lineCap, opacity: 0.95 * opacity }}
        />
      ) : (
        <Polyline
          positions={segment.latLngs}
          interactive={false}
          className={`${styles.flow} ${styles.flowDots}`}
          eventHandlers={{ add: (e) => (e.target as L.Polyline).getElement()?.setAttribute('data-flow', segment.id) }}
          pathOptions={{ color: MAP_COLOURS.route, weight: style.base.weight + 2 + extra, dashArray: style.flow.dashArray, lineCap: style.flow.lineCap, opacity }}
        />
      )}
      <Polyline
        ref={hit}
        positions={segment.latLngs}
        className={styles.hitLine}
        pathOptions={{ color: MAP_COLOURS.route, weight: HIT_WEIGHT, opacity: 0 }}
        eventHandlers={{
          add: (e) => {
            const el = (e.target as L.Polyline).getElement();
            if (!el) return;
            makeFocusable(el, { label: segment.name, pressed: isSelected, onActivate: () => activate.current() });
            el.setAttribute('data-testid', `map-segment-${segment.id}`);
            el.setAttribute('data-mode', segment.mode);
          },
          click: (e) => {
            L.DomEvent.stopPropagation(e);
            activate.current();
          },
        }}
      />
    </>
  );
}
