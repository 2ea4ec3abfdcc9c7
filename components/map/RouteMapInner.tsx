'use client';
// The Leaflet map itself. Loaded only through RouteMap's dynamic import (ssr: false): Leaflet
// touches `window` when imported, and this chunk (with its CSS and the basemap) must not load
// before the map is about to come into view. Each layer, control and behaviour is its own file
// under ./leaflet/; this one stacks them in their panes.
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { AttributionControl, MapContainer, Pane, Polyline, ZoomControl } from 'react-leaflet';
import { CONTEXT_STYLE, MAP_COLOURS, MAP_ZOOM } from '@/lib/map/mapTheme';
import { BasemapLayers } from './leaflet/BasemapLayers';
import { ContextLayers } from './leaflet/ContextLayers';
import { DirectionMarks } from './leaflet/DirectionMarks';
import { prefersReducedMotion } from './leaflet/fitRoute';
import { LabelLayout } from './leaflet/LabelLayout';
import { MapController } from './leaflet/MapController';
import { NodeMarkers } from './leaflet/NodeMarkers';
import { PlaceLabels, PlaceNames } from './leaflet/PlaceLabels';
import type { RouteMapInnerProps } from './leaflet/routeMapProps';
import { SegmentLayers } from './leaflet/SegmentLayers';
import { useBasemap } from './leaflet/useBasemap';
import styles from './RouteMap.module.css';

export type { RouteMapInnerProps } from './leaflet/routeMapProps';

/** Leaflet's own credit, without the flag icon. */
const LEAFLET_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';

export function RouteMapInner(props: RouteMapInnerProps) {
  const { model, onStatus } = props;
  const basemap = useBasemap(model.basemapUrl, onStatus);
  // Read once: MapContainer's options are fixed at mount. Under reduced motion zooms jump and a
  // dragged map stops where it is let go (CSS transitions are already off, see app/globals.css).
  const [motion] = useState(() => !prefersReducedMotion());

  return (
    <MapContainer
      className={styles.leaflet}
      bounds={model.routeBounds}
      maxBounds={model.maxBounds}
      maxBoundsViscosity={1}
      minZoom={MAP_ZOOM.min}
      maxZoom={MAP_ZOOM.max}
      zoomSnap={MAP_ZOOM.snap}
      zoomDelta={MAP_ZOOM.delta}
      zoomControl={false}
      attributionControl={false}
      scrollWheelZoom={false}
      keyboard
      zoomAnimation={motion}
      fadeAnimation={motion}
      markerZoomAnimation={motion}
      inertia={motion}
    >
      <ZoomControl position="topleft" zoomInTitle={model.text.zoomIn} zoomOutTitle={model.text.zoomOut} />
      <AttributionControl position="bottomright" prefix={LEAFLET_PREFIX} />
      <Pane name="basemap" style={{ zIndex: '200' }}>
        {basemap ? <BasemapLayers basemap={basemap} attribution={model.text.attribution} /> : null}
      </Pane>
      <Pane name="mapLabels" style={{ zIndex: '300' }}>
        {basemap ? <PlaceLabels model={model} /> : null}
      </Pane>
      <Pane name="context" style={{ zIndex: '350' }}>
        {model.context.map((c) => (
          <Polyline key={c.id} positions={c.latLngs} interactive={false} pathOptions={{ color: MAP_COLOURS.context, ...CONTEXT_STYLE }} />
        ))}
      </Pane>
      <Pane name="layers" style={{ zIndex: '380' }}>
        <ContextLayers layers={model.layers.filter((l) => props.shownLayers.includes(l.id))} onDetails={props.onLayerDetails} />
      </Pane>
      <Pane name="route" style={{ zIndex: '410' }}>
        {model.segments.map((s) => (
          <SegmentLayers key={s.id} segment={s} selected={props.selectedSegment} onToggle={props.onToggleSegment} />
        ))}
      </Pane>
      <Pane name="marks" style={{ zIndex: '450' }}>
        <DirectionMarks segments={model.segments} />
      </Pane>
      <Pane name="nodes" style={{ zIndex: '500' }}>
        <NodeMarkers {...props} />
      </Pane>
      <Pane name="placeNames" style={{ zIndex: '520' }}>
        <PlaceNames model={model} />
      </Pane>
      <MapController model={model} selectedSegment={props.selectedSegment} />
      <LabelLayout ready={basemap !== null} model={model} />
    </MapContainer>
  );
}
