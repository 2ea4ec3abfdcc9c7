'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ChartData } from '@/lib/charts/build';
import type { FormatDictionary } from '@/lib/charts/formatter';
import { loadChartData } from './loadChartData';
import { keepMapLayers } from '@/lib/map/layerState';
import { VIEW_STATE_EVENT, isDefaultViewState, parseViewState, serializeViewState, type ViewState, type YearBounds } from '@/lib/urlState';

/** What does not change with the view: the data's years and where the data comes from. */
interface ChartsSource {
  bounds: YearBounds;
  /** The charts' data when the page carries it (the deck); null on the dashboard and embeds. */
  data: ChartData | null;
  /** Text the server formatted, for views rebuilt here (see lib/charts/formatter.ts); with `data`. */
  dictionary: FormatDictionary | null;
  /** The charts' data: the page's own, or fetched once (lib/charts/dataFile.ts) on first need. */
  getData: () => Promise<ChartData>;
}

interface ChartsViewState {
  state: ViewState;
  update: (next: ViewState) => void;
}

type ChartsContextValue = ChartsSource & ChartsViewState;

// Two contexts, so what reads only the data (the deck's slides) does not re-render when the view
// in the address changes, e.g. once after hydration on any link with a query.
const SourceContext = createContext<ChartsSource | null>(null);
const ViewStateContext = createContext<ChartsViewState | null>(null);

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
/** No chart sections on the page (the deck): nothing to scroll back to. */
const NO_SECTIONS: readonly string[] = [];

export function ChartsProvider({
  bounds,
  data = null,
  dictionary = null,
  sectionIds = NO_SECTIONS,
  children,
}: {
  bounds: YearBounds;
  data?: ChartData | null;
  dictionary?: FormatDictionary | null;
  /**
   * The chart sections on the page (their element ids), for the scroll back to a linked chart.
   * Given by the server: importing the chart registry here put every chart's view code (17 KiB
   * gzip) into the dashboard's first view.
   */
  sectionIds?: readonly string[];
  children: ReactNode;
}) {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  // Parsed from the address; the same object while the parsed view is equal (a deck's address
  // changes with every slide, the charts' view does not).
  const parsed = parseViewState(search, bounds);
  const key = serializeViewState(parsed, bounds);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `parsed`
  const state = useMemo(() => parsed, [key]);

  const update = useCallback(
    (next: ViewState) => {
      // The map's layers (lib/map/layerState.ts) share the address: kept as they are.
      const url = `${window.location.pathname}${keepMapLayers(serializeViewState(next, bounds), window.location.search)}${window.location.hash}`;
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
    if (sectionIds.includes(id)) document.getElementById(id)?.scrollIntoView();
  }, [state, bounds, sectionIds]);

  const getData = useCallback(() => (data ? Promise.resolve(data) : loadChartData()), [data]);
  const source = useMemo(() => ({ bounds, data, dictionary, getData }), [bounds, data, dictionary, getData]);
  const view = useMemo(() => ({ state, update }), [state, update]);
  return (
    <SourceContext.Provider value={source}>
      <ViewStateContext.Provider value={view}>{children}</ViewStateContext.Provider>
    </SourceContext.Provider>
  );
}

/** The charts' data and dictionary where the page carries them (the deck); throws elsewhere. */
export function useChartsWithData(): ChartsSource & { data: ChartData; dictionary: FormatDictionary } {
  const value = useContext(SourceContext);
  if (!value?.data || !value.dictionary) throw new Error('useChartsWithData needs <ChartsProvider data dictionary>');
  return value as ChartsSource & { data: ChartData; dictionary: FormatDictionary };
}

/** The view state and its updater where there is one (the dashboard, embeds, the deck); null in an export's own render. */
export function useOptionalViewState(): ChartsViewState | null {
  return useContext(ViewStateContext);
}

/** The charts' shared view state, data and updater. */
export function useCharts(): ChartsContextValue {
  const source = useContext(SourceContext);
  const view = useContext(ViewStateContext);
  if (!source || !view) throw new Error('useCharts must be used inside <ChartsProvider>');
  return { ...source, ...view };
}
