'use client';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { LABEL_NEAR_ZOOM } from '@/lib/map/labels';
import type { RouteMapModel } from '@/lib/map/shapeRoute';
import { fitRoute, prefersReducedMotion, updateMinZoom } from './fitRoute';
import styles from '../RouteMap.module.css';

interface ControllerProps {
  model: RouteMapModel;
  selectedSegment: string | null;
}

/**
 * View logic through `useMap()` (MapContainer's props are fixed at creation): the "fit route"
 * view and its control, a minimum zoom that never shows beyond the basemap, scroll-wheel zoom only
 * while the map has focus, and bringing a selected leg into view.
 */
export function MapController({ model, selectedSegment }: ControllerProps) {
  const map = useMap();
  const [controlDiv] = useState(() => L.DomUtil.create('div', `leaflet-bar ${styles.fitControl}`));

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', model.text.mapLabel);
    container.setAttribute('aria-describedby', 'route-map-hint');
    container.setAttribute('data-testid', 'route-map-canvas');

    const Control = L.Control.extend({ onAdd: () => controlDiv });
    const control = new Control({ position: 'topleft' });
    L.DomEvent.disableClickPropagation(controlDiv);
    control.addTo(map);

    const onResize = () => {
      updateMinZoom(map, model);
    };
    const onZoom = () => container.setAttribute('data-zoom-band', map.getZoom() >= LABEL_NEAR_ZOOM ? 'near' : 'far');
    // The extent in view ([[south, west], [north, east]]), read by the map's Export menu.
    const onMove = () => {
      const b = map.getBounds();
      container.setAttribute('data-extent', JSON.stringify([[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]));
    };
    const enableWheel = () => map.scrollWheelZoom.enable();
    const disableWheel = () => map.scrollWheelZoom.disable();
    updateMinZoom(map, model);
    fitRoute(map, model.routeBounds, false);
    onZoom();
    onMove();
    map.on('zoomend', onZoom);
    map.on('moveend', onMove);
    map.on('resize', onResize);
    map.on('focus', enableWheel);
    map.on('blur', disableWheel);
    return () => {
      map.off('zoomend', onZoom);
      map.off('moveend', onMove);
      map.off('resize', onResize);
      map.off('focus', enableWheel);
      map.off('blur', disableWheel);
      control.remove();
    };
  }, [map, model, controlDiv]);

  useEffect(() => {
    const segment = model.segments.find((s) => s.id === selectedSegment);
    if (segment && !map.getBounds().contains(segment.bounds)) fitRoute(map, model.routeBounds, !prefersReducedMotion());
  }, [map, model, selectedSegment]);

  return createPortal(
    <button type="button" className={styles.fitButton} onClick={() => fitRoute(map, model.routeBounds, !prefersReducedMotion())} aria-label={model.text.fitRoute} title={model.text.fitRoute} data-testid="map-fit-route">
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path d="M2 6V2h4M12 2h4v4M16 12v4h-4M6 16H2v-4" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </button>,
    controlDiv,
  );
}
