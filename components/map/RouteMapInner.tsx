'use client';
// The Leaflet map itself. Loaded only through RouteMap's dynamic import (ssr: false): Leaflet
// touches `window` when imported, and this chunk (with its CSS and the basemap) must not load
// before the map is about to come into view.
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import { AttributionControl, CircleMarker, GeoJSON, MapContainer, Marker, Pane, Polyline, Popup, ZoomControl, useMap } from 'react-leaflet';
import type { Basemap, CountryProperties } from '@/lib/map/basemap';
import { escapeHtml } from '@/lib/map/escapeHtml';
import { LABEL_NEAR_ZOOM, areaLabelCandidates, markerLabelCandidates, placeLabels, type Box, type LabelSide, type LabelToPlace } from '@/lib/map/labels';
import type { LatLngBox, RouteMapModel, RouteNodeView, RouteSegmentView } from '@/lib/map/shapeRoute';
import {
  CASING_EXTRA,
  CONTEXT_STYLE,
  DIMMED_OPACITY,
  FIT_PADDING,
  HIT_WEIGHT,
  MAP_COLOURS,
  MAP_ZOOM,
  MODE_STYLES,
  NODE_LABEL_SIDE,
  NODE_RADIUS,
  ROUTE_COUNTRIES,
  SELECTED_EXTRA,
} from '@/lib/map/mapTheme';
import { NodePopup } from './NodePopup';
import styles from './RouteMap.module.css';

export interface RouteMapInnerProps {
  model: RouteMapModel;
  locale: string;
  selectedSegment: string | null;
  openNode: string | null;
  /** Set by the caller when a place was opened from outside the map: focus moves into its popup. */
  focusPopup: RefObject<boolean>;
  /** Selects a leg (a place's popup links to its legs). */
  onSelectSegment: (id: string | null) => void;
  /** Selects a leg, or clears it when it is already selected (clicks and Enter on the map). */
  onToggleSegment: (id: string) => void;
  onOpenNode: (id: string | null) => void;
  onStatus: (status: 'ready' | 'error') => void;
}

/** Leaflet's own credit, without the flag icon. */
const LEAFLET_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';

export function RouteMapInner(props: RouteMapInnerProps) {
  const { model, onStatus } = props;
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  // Read once: MapContainer's options are fixed at mount. Under reduced motion zooms jump and a
  // dragged map stops where it is let go (CSS transitions are already off, see app/globals.css).
  const [motion] = useState(() => !prefersReducedMotion());

  useEffect(() => {
    const abort = new AbortController();
    fetch(model.basemapUrl, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Basemap>) : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((data) => {
        setBasemap(data);
        onStatus('ready');
      })
      .catch(() => {
        if (!abort.signal.aborted) onStatus('error');
      });
    return () => abort.abort();
  }, [model.basemapUrl, onStatus]);

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

function BasemapLayers({ basemap, attribution }: { basemap: Basemap; attribution: string }) {
  const { countries, borders, coast } = useMemo(() => splitBasemap(basemap), [basemap]);
  return (
    <>
      <GeoJSON
        data={countries}
        interactive={false}
        attribution={escapeHtml(attribution)}
        style={(f) => ({
          stroke: false,
          fillOpacity: 1,
          fillColor: ROUTE_COUNTRIES.has((f?.properties as CountryProperties | undefined)?.id ?? '') ? MAP_COLOURS.landRoute : MAP_COLOURS.land,
        })}
      />
      <GeoJSON data={coast} interactive={false} style={{ color: MAP_COLOURS.coast, weight: 0.8, opacity: 1, fill: false }} />
      <GeoJSON data={borders} interactive={false} style={{ color: MAP_COLOURS.border, weight: 1, opacity: 1, dashArray: '4 2', fill: false }} />
    </>
  );
}

function splitBasemap(basemap: Basemap) {
  const of = (kind: string): FeatureCollection => ({ type: 'FeatureCollection', features: basemap.features.filter((f) => f.properties.kind === kind) as Feature[] });
  return { countries: of('country'), borders: of('borders'), coast: of('coast') };
}

/** Country and sea names: text markers that cannot be focused or clicked. */
function PlaceLabels({ model }: { model: RouteMapModel }) {
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
function PlaceNames({ model }: { model: RouteMapModel }) {
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

/**
 * Places every label so that none overlaps another, a marker or a map control
 * (lib/map/labels.ts placeLabels, with the sizes the labels have on screen): place names first,
 * then seas and countries, which move off or are hidden when no spot near their anchor is free.
 * Runs when the labels appear, after every zoom, move and resize, and when the fonts have loaded.
 */
function LabelLayout({ ready, model }: { ready: boolean; model: RouteMapModel }) {
  const map = useMap();
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const run = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => arrangeLabels(map));
    };
    run();
    void document.fonts?.ready.then(run);
    map.on('zoomend moveend resize', run);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend moveend resize', run);
    };
  }, [map, ready, model]);
  return null;
}

const KIND_ORDER: Record<string, number> = { place: 0, sea: 1, country: 2 };

function arrangeLabels(map: L.Map) {
  const container = map.getContainer();
  const outer = container.getBoundingClientRect();
  // The deck scales its stage with a transform: work in the map's own (layout) px.
  const scale = container.offsetWidth > 0 ? outer.width / container.offsetWidth : 1;
  const toLayout = (r: DOMRect): Box => ({ x: (r.left - outer.left) / scale, y: (r.top - outer.top) / scale, width: r.width / scale, height: r.height / scale });
  const elements = [...container.querySelectorAll<HTMLElement>('[data-map-label]')].filter((el) => getComputedStyle(el).display !== 'none');
  const items = elements
    .map((el) => ({ el, kind: el.dataset.mapLabel ?? 'country', anchor: map.latLngToContainerPoint([Number(el.dataset.lat), Number(el.dataset.lon)]), width: el.offsetWidth, height: el.offsetHeight }))
    .sort((a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]!);
  const obstacles: Box[] = items
    .filter((i) => i.kind === 'place')
    .map((i) => {
      const r = Number(i.el.dataset.radius) + 2;
      return { x: i.anchor.x - r, y: i.anchor.y - r, width: 2 * r, height: 2 * r };
    });
  for (const control of container.querySelectorAll('.leaflet-control')) obstacles.push(toLayout(control.getBoundingClientRect()));
  const labels: LabelToPlace[] = items.map((i, index) => ({
    key: String(index),
    optional: i.kind !== 'place',
    candidates:
      i.kind === 'place'
        ? markerLabelCandidates({ x: i.anchor.x, y: i.anchor.y, radius: Number(i.el.dataset.radius), gap: 3, width: i.width, height: i.height, prefer: i.el.dataset.side as LabelSide }).map((c) => c.box)
        : areaLabelCandidates({ x: i.anchor.x, y: i.anchor.y, width: i.width, height: i.height }),
  }));
  const placed = placeLabels({ labels, obstacles, frame: { x: 0, y: 0, width: container.offsetWidth, height: container.offsetHeight } });
  placed.forEach((p, index) => {
    const { el, anchor } = items[index]!;
    if (!p.box) {
      el.style.visibility = 'hidden';
      el.setAttribute('data-label-hidden', '');
      return;
    }
    el.style.visibility = '';
    el.removeAttribute('data-label-hidden');
    el.style.transform = 'none';
    el.style.left = `${p.box.x - anchor.x}px`;
    el.style.top = `${p.box.y - anchor.y}px`;
  });
}

interface SegmentLayersProps {
  segment: RouteSegmentView;
  selected: string | null;
  onToggle: (id: string) => void;
}

/** One leg: white casing, the mode's line, the moving flow overlay, and a wide invisible hit line. */
function SegmentLayers({ segment, selected, onToggle }: SegmentLayersProps) {
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

/** Makes an SVG path a keyboard button: focusable, named, Enter or Space activates it. */
function makeFocusable(el: Element, { label, pressed, onActivate }: { label: string; pressed?: boolean; onActivate: () => void }) {
  if (el.getAttribute('tabindex') === '0') return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  if (pressed !== undefined) el.setAttribute('aria-pressed', String(pressed));
  el.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onActivate();
    }
  });
}

/** Static chevrons along each leg: the direction of flow, with or without animation. */
function DirectionMarks({ segments }: { segments: readonly RouteSegmentView[] }) {
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

/** The places: circle markers with their name beside them and a popup of their facts. */
function NodeMarkers({ model, locale, openNode, focusPopup, onOpenNode, onSelectSegment }: RouteMapInnerProps) {
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

interface ControllerProps {
  model: RouteMapModel;
  selectedSegment: string | null;
}

/**
 * View logic through `useMap()` (MapContainer's props are fixed at creation): the "fit route"
 * view and its control, a minimum zoom that never shows beyond the basemap, scroll-wheel zoom only
 * while the map has focus, and bringing a selected leg into view.
 */
function MapController({ model, selectedSegment }: ControllerProps) {
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

function fitPadding(map: L.Map): L.PointTuple {
  const width = map.getSize().x;
  const p = Math.round(Math.min(FIT_PADDING.max, Math.max(FIT_PADDING.min, width * FIT_PADDING.share)));
  return [p, p];
}

function fitRoute(map: L.Map, bounds: LatLngBox, animate: boolean) {
  const fit = () => map.fitBounds(bounds, { padding: fitPadding(map), animate });
  // Leaflet silently drops a new view asked for while a zoom animation runs (and the animation's
  // end would restore its own target): a "fit route" pressed mid-zoom waits for the zoom to end.
  if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', fit);
  else fit();
}

/** The view may not zoom out past the basemap's edges, unless the whole route would not fit. */
function updateMinZoom(map: L.Map, model: RouteMapModel) {
  const fillsBox = map.getBoundsZoom(model.maxBounds, true);
  const fitsRoute = map.getBoundsZoom(model.routeBounds, false, L.point(fitPadding(map)).multiplyBy(2));
  map.setMinZoom(Math.max(MAP_ZOOM.min, Math.min(fillsBox, fitsRoute)));
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
