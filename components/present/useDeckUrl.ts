'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseDeckState, serializeDeckState, type DeckState } from '@/lib/present/deck';

/** Fired on window when the deck changes the URL itself (replaceState fires no event). */
const URL_EVENT = 'azkz:deck-url';

function subscribe(callback: () => void) {
  window.addEventListener('popstate', callback);
  window.addEventListener(URL_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(URL_EVENT, callback);
  };
}

const getSearch = () => window.location.search;
const getServerSearch = () => '';

/** Search params kept when the deck rewrites the URL (they are not part of the deck itself). */
const KEPT_PARAMS = ['theme', 'view', 'layers'] as const;

/**
 * The deck state held in the URL (`?deck=…&slide=…`), read on the client. The server and the
 * first client render see the default deck (no search params in a static export).
 */
export function useDeckUrl(): { state: DeckState; search: string; setState: (next: DeckState) => void; hydrated: boolean } {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const state = useMemo(() => parseDeckState(new URLSearchParams(search)), [search]);
  const setState = useCallback((next: DeckState) => {
    const current = new URLSearchParams(window.location.search);
    const extra: Record<string, string> = {};
    for (const key of KEPT_PARAMS) {
      const v = current.get(key);
      if (v !== null) extra[key] = v;
    }
    const query = serializeDeckState(next, extra);
    if (query !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
      window.dispatchEvent(new Event(URL_EVENT));
    }
  }, []);
  return { state, search, setState, hydrated };
}
