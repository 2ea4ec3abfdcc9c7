'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseMapLayers, withMapLayers, type MapLayerId } from '@/lib/map/layerState';
import { VIEW_STATE_EVENT } from '@/lib/urlState';

/** Fired on window when the map writes its layers to the address (replaceState fires no event). */
export const MAP_LAYERS_EVENT = 'azkz:map-layers';

function subscribe(callback: () => void) {
  window.addEventListener('popstate', callback);
  window.addEventListener(MAP_LAYERS_EVENT, callback);
  window.addEventListener(VIEW_STATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(MAP_LAYERS_EVENT, callback);
    window.removeEventListener(VIEW_STATE_EVENT, callback);
  };
}

const readSearch = () => window.location.search;
// The static HTML shows the map without its context layers: the server has no search params.
const readServerSearch = () => '';

/** The shown context layers, held in the address (`?layers=containers,cable`), and their setter. */
export function useMapLayers(): { shown: MapLayerId[]; setShown: (id: string, on: boolean) => void } {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  const key = parseMapLayers(search).join(',');
  const shown = useMemo(() => (key ? (key.split(',') as MapLayerId[]) : []), [key]);
  const setShown = useCallback((id: string, on: boolean) => {
    const current = parseMapLayers(window.location.search) as string[];
    const next = on ? [...current, id] : current.filter((x) => x !== id);
    const search = withMapLayers(window.location.search, next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    window.dispatchEvent(new Event(MAP_LAYERS_EVENT));
  }, []);
  return { shown, setShown };
}
