'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ChartData } from '@/lib/charts/build';
import type { FormatDictionary } from '@/lib/charts/formatter';
import { loadChartData } from './loadChartData';
import { CHART_IDS } from '@/lib/charts/registry';
import { VIEW_STATE_EVENT, isDefaultViewState, parseViewState, serializeViewState, type ViewState, type YearBounds } from '@/lib/urlState';

interface ChartsContextValue {
  state: ViewState;
  bounds: YearBounds;
  /** The charts' data when the page carries it (the deck); null on the dashboard and embeds. */
  data: ChartData | null;
  /** Text the server formatted, for views rebuilt here (see lib/charts/formatter.ts); with `data`. */
  dictionary: FormatDictionary | null;
  /** The charts' data: the page's own, or fetched once (lib/charts/dataFile.ts) on first need. */
  getData: () => Promise<ChartData>;
  update: (next: ViewState) => void;
}

const ChartsContext = createContext<ChartsContextValue | null>(null);

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_STATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_STATE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;
// The static HTML is rendered for the default view: the server has no search params.
const readServerSearch = () => '';

/**
 * Holds the view (sides, years, chart or table) for all charts. It is read from the address
 * after hydration (the static HTML shows the default view) and written back with
 * `history.replaceState`, keeping the #hash, so a copied link restores it. Only parsed values
 * are used: the raw query string never reaches the page.
 *
 * The dashboard and embeds pass no `data`: their HTML holds the views the server drew, and the data
 * for another view (a filter, an export) is fetched when first needed. The deck, which rebuilds
 * every slide for its chooser's options at once, passes its data and dictionary.
 */
export function ChartsProvider({ bounds, data = null, dictionary = null, children }: { bounds: YearBounds; data?: ChartData | null; dictionary?: FormatDictionary | null; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  const state = useMemo(() => parseViewState(search, bounds), [search, bounds]);

  const update = useCallback(
    (next: ViewState) => {
      const url = `${window.location.pathname}${serializeViewState(next, bounds)}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new Event(VIEW_STATE_EVENT));
    },
    [bounds],
  );

  // A link like …?view=table#oil-volumes: once the view is applied (the cards above may have
  // changed height), bring the linked chart back into view. Only our own section ids are used.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || isDefaultViewState(state, bounds)) return;
    scrolled.current = true;
    const id = window.location.hash.slice(1);
    if ((CHART_IDS as readonly string[]).includes(id)) document.getElementById(id)?.scrollIntoView();
  }, [state, bounds]);

  const getData = useCallback(() => (data ? Promise.resolve(data) : loadChartData()), [data]);
  const value = useMemo(() => ({ state, bounds, data, dictionary, getData, update }), [state, bounds, data, dictionary, getData, update]);
  return <ChartsContext.Provider value={value}>{children}</ChartsContext.Provider>;
}

/** The charts' data and dictionary where the page carries them (the deck); throws elsewhere. */
export function useChartsWithData(): ChartsContextValue & { data: ChartData; dictionary: FormatDictionary } {
  const value = useCharts();
  if (!value.data || !value.dictionary) throw new Error('useChartsWithData needs <ChartsProvider data dictionary>');
  return value as ChartsContextValue & { data: ChartData; dictionary: FormatDictionary };
}

/** The charts' shared view state, data and updater. */
export function useCharts(): ChartsContextValue {
  const value = useContext(ChartsContext);
  if (!value) throw new Error('useCharts must be used inside <ChartsProvider>');
  return value;
}
