'use client';
import { useMemo } from 'react';
import L from 'leaflet';
import { Marker } from 'react-leaflet';
import { escapeHtml } from '@/lib/map/escapeHtml';
import type { RouteSegmentView } from '@/lib/map/shapeRoute';
import { MAP_COLOURS } from '@/lib/map/mapTheme';
import styles from '../RouteMap.module.css';

/** Static chevrons along each leg: the direction of flow, with or without animation. */
export function DirectionMarks({ segments }: { segments: readonly RouteSegmentView[] }) {
  const marks = useMemo(
    () =>
      segments.flatMap((s) =>
        s.marks.map((m, i) => ({
          key: `${s.id}-${i}`,
          position: [m.lat, m.lon] as L.LatLngTuple,
          icon: L.divIcon({ className: styles.markIcon, iconSize: [16, 16], html: directionBadgeSvg(s.id, m.angleDeg) }),
        })),
      ),
    [segments],
  );
  return (
    <>
      {marks.map((m) => (
        <Marker key={m.key} position={m.position} interactive={false} keyboard={false} icon={m.icon} />
      ))}
    </>
  );
}

/** The chevron badge as markup for a divIcon (same drawing as the legend's DirectionBadge). */
function directionBadgeSvg(segmentId: string, angleDeg: number): string {
  return (
    `<svg class="${styles.mark}" data-segment="${escapeHtml(segmentId)}" width="16" height="16" viewBox="0 0 18 18" aria-hidden="true" focusable="false" style="transform: rotate(${angleDeg}deg)">` +
    `<circle cx="9" cy="9" r="8" fill="${MAP_COLOURS.route}" stroke="${MAP_COLOURS.routeCasing}" stroke-width="1.5"/>` +
    `<path d="M7 5 L11 9 L7 13" fill="none" stroke="${MAP_COLOURS.flow}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`
  );
}
