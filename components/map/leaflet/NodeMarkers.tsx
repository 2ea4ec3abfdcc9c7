'use client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type L from 'leaflet';
import { CircleMarker, Popup, useMap } from 'react-leaflet';
import type { RouteNodeView } from '@/lib/map/shapeRoute';
import { MAP_COLOURS, NODE_RADIUS } from '@/lib/map/mapTheme';
import { NodePopup } from '../NodePopup';
import type { RouteMapInnerProps } from './routeMapProps';
import { makeFocusable } from './makeFocusable';
import styles from '../RouteMap.module.css';

/** The places: circle markers with their name beside them and a popup of their facts. */
export function NodeMarkers({ model, locale, openNode, focusPopup, onOpenNode, onSelectSegment }: RouteMapInnerProps) {
  const map = useMap();
  const markers = useRef(new Map<string, L.CircleMarker>());
  const openRef = useRef(openNode);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const pendingFocus = useRef(false);
  // Stable centres: a new array on every render would make react-leaflet move (redraw) each marker.
  const centers = useMemo(() => new Map(model.nodes.map((n) => [n.id, [n.lat, n.lon] as L.LatLngTuple])), [model.nodes]);
  const takeFocus = useCallback(() => {
    const take = pendingFocus.current;
    pendingFocus.current = false;
    return take;
  }, []);
  useEffect(() => {
    openRef.current = openNode;
    if (openNode === null) {
      map.closePopup();
      return;
    }
    const marker = markers.current.get(openNode);
    if (marker && !marker.isPopupOpen()) marker.openPopup();
  }, [map, openNode]);

  const close = () => map.closePopup();
  return (
    <>
      {model.nodes.map((n) => (
        <CircleMarker
          key={n.id}
          ref={(m) => {
            if (m) markers.current.set(n.id, m);
            else markers.current.delete(n.id);
          }}
          center={centers.get(n.id)!}
          className={styles.nodeMarker}
          radius={n.kind === 'city' ? NODE_RADIUS.city : NODE_RADIUS.site}
          pathOptions={nodeStyle(n)}
          eventHandlers={{
            add: (e) => {
              const el = (e.target as L.CircleMarker).getElement();
              if (!el) return;
              makeFocusable(el, { label: `${n.name}, ${n.kindLabel}`, onActivate: () => onOpenNode(n.id) });
              el.setAttribute('data-testid', `map-node-${n.id}`);
            },
            popupopen: () => {
              onOpenNode(n.id);
              const active = document.activeElement;
              if (focusPopup.current || (active instanceof Element && active.getAttribute('data-testid') === `map-node-${n.id}`)) {
                returnFocus.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
                focusPopup.current = false;
                // The popup's React content mounts after this event; NodePopup takes the focus then.
                pendingFocus.current = true;
              }
            },
            popupclose: (e) => {
              if (openRef.current === n.id) onOpenNode(null);
              const container = (e as L.PopupEvent).popup.getElement();
              const active = document.activeElement;
              if (returnFocus.current && (active === document.body || (container && active && container.contains(active)))) {
                returnFocus.current.focus();
              }
              returnFocus.current = null;
            },
          }}
        >
          <Popup pane="popupPane" closeButton={false} autoPanPadding={[24, 24]} maxWidth={300} minWidth={220}>
            <NodePopup
              node={n}
              locale={locale}
              text={{ close: model.text.close, legs: model.text.placesLegs, approximate: model.text.legend.approximate }}
              onClose={close}
              takeFocus={takeFocus}
              onSelectLeg={(id) => {
                onSelectSegment(id);
                close();
              }}
            />
          </Popup>
        </CircleMarker>
      ))}
    </>
  );
}

function nodeStyle(n: RouteNodeView): L.PathOptions {
  return n.kind === 'city'
    ? { color: MAP_COLOURS.node, weight: 1.5, fillColor: MAP_COLOURS.city, fillOpacity: 1 }
    : { color: MAP_COLOURS.route, weight: 3, fillColor: MAP_COLOURS.node, fillOpacity: 1 };
}
