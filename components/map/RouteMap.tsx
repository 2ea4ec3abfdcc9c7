'use client';
import dynamic from 'next/dynamic';
import { Component, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { RouteMapModel } from '@/lib/map/shapeRoute';
import { loadExportLocale } from '@/components/export/exportLocale';
import { useGateOpen } from '@/components/ui/useGateOpen';
import { MAP_STATUS_ATTR, useLatch } from '@/components/ui/DrawGate';
import { LayerControls } from './LayerControls';
import { LayerPanel } from './LayerPanel';
import { RouteLegend } from './RouteLegend';
import { RoutePlaces } from './RoutePlaces';
import { RouteSteps, stepButtonId } from './RouteSteps';
import { SegmentPanel } from './SegmentPanel';
import { useMapLayers } from './useMapLayers';
import styles from './RouteMap.module.css';

// Leaflet needs `window`: the map chunk (Leaflet, its CSS, the basemap fetch) loads in the browser
// only, and only once this component renders it, i.e. when the map is about to come into view.
const RouteMapInner = dynamic(() => import('./RouteMapInner').then((m) => m.RouteMapInner), { ssr: false });

/** How far below the viewport the map starts loading (px), so it is ready when it scrolls in. */
const LOAD_AHEAD = '300px 0px';

type Status = 'waiting' | 'loading' | 'ready' | 'error';

interface Props {
  /** The route's words for the lists, legend and panel (lib/map/withoutGeometry.ts). */
  model: RouteMapModel;
  locale: string;
}

/**
 * The route map section's interactive part: the map frame (its height reserved; the map loads on
 * approach), the legend, the selected leg's panel, the route as an ordered list and the places.
 * Selection is shared by the map and the lists and announced to screen readers.
 */
export function RouteMap({ model, locale }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const focusPopup = useRef(false);
  const hydrated = useHydrated();
  const openNodeRef = useRef<string | null>(null);
  const [status, setStatus] = useState<Status>('waiting');
  const [selectedSegment, setSelectedSegment] = useState<string | null>(null);
  const [openNode, setOpenNode] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [selectedLayer, setSelectedLayer] = useState<string | null>(null);
  const layers = useMapLayers();

  // Starts loading only once the page has loaded and the browser is idle, so the map never competes
  // with the first paint, even when the section is already in view.
  // Opening a place from the list loads the map at once (`wanted`).
  const [wanted, setWanted] = useState(false);
  const near = useLatch(useGateOpen(frame, LOAD_AHEAD, 'near-viewport') || wanted);

  const nameOf = useCallback(
    (kind: 'segment' | 'node', id: string) => (kind === 'segment' ? model.segments : model.nodes).find((x) => x.id === id)?.name ?? id,
    [model],
  );

  const selectedRef = useRef<string | null>(null);
  const selectSegment = useCallback(
    (id: string | null) => {
      selectedRef.current = id;
      setSelectedSegment(id);
      if (id) setSelectedLayer(null);
      setAnnouncement(id ? model.text.announce.segment.replace('{name}', nameOf('segment', id)) : model.text.announce.cleared);
    },
    [model, nameOf],
  );
  /** The map's legs and the list's buttons are toggles: pressing the selected one clears it. */
  const toggleSegment = useCallback((id: string) => selectSegment(selectedRef.current === id ? null : id), [selectSegment]);

  const openPlace = useCallback(
    (id: string | null) => {
      if (id !== null && id !== openNodeRef.current) setAnnouncement(model.text.announce.node.replace('{name}', nameOf('node', id)));
      openNodeRef.current = id;
      setOpenNode(id);
    },
    [model, nameOf],
  );

  const openPlaceFromList = (id: string) => {
    focusPopup.current = true;
    setWanted(true);
    frame.current?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    openPlace(id);
  };

  /** Opens a context layer's details in the side panel (in place of a leg's). */
  const showLayerDetails = useCallback(
    (id: string) => {
      selectedRef.current = null;
      setSelectedSegment(null);
      setSelectedLayer(id);
      setAnnouncement(model.text.announce.segment.replace('{name}', model.layers.find((l) => l.id === id)?.name ?? id));
      requestAnimationFrame(() => document.getElementById(`route-layer-panel-${id}`)?.focus());
    },
    [model],
  );
  const layerShown = model.layers.find((l) => l.id === selectedLayer) ?? null;

  const onStatus = useCallback((s: 'ready' | 'error') => setStatus(s), []);
  const selected = model.segments.find((s) => s.id === selectedSegment) ?? null;
  const showMap = near && status !== 'error';
  const onMapError = useCallback(() => setStatus('error'), []);
  const drawn = useDrawnModel(showMap, locale, onMapError);

  return (
    <div className={styles.layout}>
      <figure className={styles.figure} data-testid="chart-route-map" {...{ [MAP_STATUS_ATTR]: showMap && status === 'waiting' ? 'loading' : status }}>
        <div ref={frame} className={`scheme-light ${styles.frame}`}>
          {hydrated && status !== 'ready' ? (
            <p className={styles.placeholder} data-testid="route-map-placeholder">
              {status === 'error' ? model.text.loadError : near ? model.text.loading : model.text.placeholder}
            </p>
          ) : null}
          <noscript>
            <p className={styles.placeholder}>{model.text.noScript}</p>
          </noscript>
          {showMap && drawn ? (
            <MapErrorBoundary onError={onMapError}>
              <RouteMapInner
                model={drawn}
                locale={locale}
                selectedSegment={selectedSegment}
                openNode={openNode}
                focusPopup={focusPopup}
                onSelectSegment={selectSegment}
                onToggleSegment={toggleSegment}
                onOpenNode={openPlace}
                onStatus={onStatus}
                shownLayers={layers.shown}
                onLayerDetails={showLayerDetails}
              />
            </MapErrorBoundary>
          ) : null}
          <p id="route-map-hint" className={styles.hint}>
            {model.text.keyboardHint}
          </p>
        </div>
        <figcaption>
          <RouteLegend segments={model.segments} contextNames={model.context.map((c) => c.name)} text={model.text.legend} />
          <LayerControls
            layers={model.layers}
            shown={layers.shown}
            text={model.text.layers}
            onToggle={hydrated ? layers.setShown : undefined}
            onDetails={hydrated ? showLayerDetails : undefined}
          />
        </figcaption>
      </figure>
      <div className={styles.side}>
        <p className="visually-hidden" aria-live="polite" data-testid="route-map-announcer">
          {announcement}
        </p>
        {layerShown ? (
          <LayerPanel
            layer={layerShown}
            text={model.text}
            locale={locale}
            onClose={() => {
              setSelectedLayer(null);
              setAnnouncement(model.text.announce.cleared);
              requestAnimationFrame(() => document.getElementById(`route-layer-${layerShown.id}`)?.focus());
            }}
          />
        ) : selected ? (
          <SegmentPanel
            segment={selected}
            text={model.text.panel}
            locale={locale}
            onClose={() => {
              selectSegment(null);
              // The close button disappears with the panel: keep the keyboard user in the list.
              requestAnimationFrame(() => document.getElementById(stepButtonId(selected.id))?.focus());
            }}
          />
        ) : (
          <p className={styles.emptyPanel} data-testid="route-panel-empty">
            {model.text.panel.empty}
          </p>
        )}
        <RouteSteps segments={model.segments} text={model.text} selected={selectedSegment} onSelect={hydrated ? toggleSegment : undefined} />
        {hydrated ? <RoutePlaces nodes={model.nodes} heading={model.text.placesHeading} open={openNode} onOpen={openPlaceFromList} /> : null}
      </div>
    </div>
  );
}

/**
 * The whole route model, geometry included, loaded with the map (it comes with the export words of
 * the page's language, cached for offline use); null until then.
 */
function useDrawnModel(wanted: boolean, locale: string, onError: () => void): RouteMapModel | null {
  const [model, setModel] = useState<RouteMapModel | null>(null);
  useEffect(() => {
    if (!wanted || model) return;
    let live = true;
    loadExportLocale(locale)
      .then((words) => {
        if (live) setModel(words.map);
      })
      .catch(() => {
        if (live) onError();
      });
    return () => {
      live = false;
    };
  }, [wanted, model, locale, onError]);
  return model;
}

const noSubscription = () => () => {};

/** False in the server HTML and during hydration, true once the page is interactive. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** Keeps a failed map chunk from taking the page down: the lists stay, the frame says what happened. */
class MapErrorBoundary extends Component<{ children: ReactNode; onError: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
