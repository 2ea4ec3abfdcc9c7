'use client';
import { useMemo } from 'react';
import L from 'leaflet';
import { Marker } from 'react-leaflet';
import { escapeHtml } from '@/lib/map/escapeHtml';
import type { RouteMapModel } from '@/lib/map/shapeRoute';
import { NODE_LABEL_SIDE, NODE_RADIUS } from '@/lib/map/mapTheme';
import styles from '../RouteMap.module.css';

/** Country and sea names: text markers that cannot be focused or clicked. */
export function PlaceLabels({ model }: { model: RouteMapModel }) {
  const labels = useMemo(
    () => [
      ...model.countryLabels.map((l, i) => ({ ...l, key: `country-${l.id}-${i}`, className: styles.countryLabel })),
      ...model.seaLabels.map((l, i) => ({ ...l, key: `sea-${l.id}-${i}`, className: styles.seaLabel })),
    ].map((l) => ({
      ...l,
      position: [l.lat, l.lon] as L.LatLngTuple,
      // Created once: a new icon on every render would make Leaflet rebuild the marker's DOM.
      icon: L.divIcon({
        className: styles.labelIcon,
        iconSize: [0, 0],
        html: `<span class="${l.className}" data-map-label="${l.key.startsWith('sea') ? 'sea' : 'country'}" data-lat="${l.lat}" data-lon="${l.lon}"${l.band ? ` data-band="${l.band}"` : ''}>${escapeHtml(l.name)}</span>`,
      }),
    })),
    [model.countryLabels, model.seaLabels],
  );
  return (
    <>
      {labels.map((l) => (
        <Marker key={l.key} position={l.position} interactive={false} keyboard={false} icon={l.icon} />
      ))}
    </>
  );
}

/** The places' names, beside their markers; LabelLayout picks the side. */
export function PlaceNames({ model }: { model: RouteMapModel }) {
  const labels = useMemo(
    () =>
      model.nodes.map((n) => ({
        key: n.id,
        position: [n.lat, n.lon] as L.LatLngTuple,
        icon: L.divIcon({
          className: styles.labelIcon,
          iconSize: [0, 0],
          html: `<span class="${styles.placeName}" data-map-label="place" data-lat="${n.lat}" data-lon="${n.lon}" data-radius="${n.kind === 'city' ? NODE_RADIUS.city : NODE_RADIUS.site}" data-side="${NODE_LABEL_SIDE[n.id] ?? 'right'}">${escapeHtml(n.name)}</span>`,
        }),
      })),
    [model.nodes],
  );
  return (
    <>
      {labels.map((l) => (
        <Marker key={l.key} position={l.position} interactive={false} keyboard={false} icon={l.icon} />
      ))}
    </>
  );
}
