/**
 * The dashboard's view in the address: which side(s) reported the figures, the years shown and
 * chart vs table, e.g. `/en/?reporter=KZ&from=2019&to=2024&view=table#trade-turnover`, and what the
 * trade chart draws: each side's figures, or the difference between them (`trade=gap`).
 *
 * `parseViewState` reads any search string and never fails: a value it does not understand (not a
 * year, out of the data's years, from after to, repeated, too long, an unknown side) falls back to
 * the default for that part, silently. Only parsed values ever reach the page; the raw text is
 * never shown. `serializeViewState` writes the shortest string that parses back to the same state.
 */
import { SELECTABLE_REPORTERS, type SelectableReporter } from './charts/types';

export const VIEWS = ['chart', 'table'] as const;
export type ChartDisplay = (typeof VIEWS)[number];

/** The trade chart's views: each side's bars, or the gap between the two sides' figures (computed). */
export const TRADE_VIEWS = ['sides', 'gap'] as const;
export type TradeDisplay = (typeof TRADE_VIEWS)[number];

export interface ViewState {
  /** Selected sides, in the order AZ, KZ; never empty (both by default). */
  reporters: SelectableReporter[];
  /** First and last year shown, inclusive. */
  from: number;
  to: number;
  view: ChartDisplay;
  /** What the trade chart draws (its own control on the card). */
  trade: TradeDisplay;
}

/** The first and last year that any chart has figures for: the default and the allowed range. */
export interface YearBounds {
  min: number;
  max: number;
}

/** Values longer than this are ignored without being read further. */
const MAX_PARAM_LENGTH = 16;

export function createDefaultViewState(bounds: YearBounds): ViewState {
  return { reporters: [...SELECTABLE_REPORTERS], from: bounds.min, to: bounds.max, view: 'chart', trade: 'sides' };
}

type ParamsInput = string | URLSearchParams | Record<string, string | readonly string[] | undefined>;

function toSearchParams(input: ParamsInput): URLSearchParams {
  if (typeof input === 'string') return new URLSearchParams(input.startsWith('?') ? input.slice(1) : input);
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string') params.append(key, value);
    else if (Array.isArray(value)) for (const v of value) params.append(key, v);
  }
  return params;
}

/** The single value of a parameter, or null when absent, repeated or too long. */
function single(params: URLSearchParams, key: string): string | null {
  const values = params.getAll(key);
  if (values.length !== 1) return null;
  const value = values[0]!.trim();
  return value.length > 0 && value.length <= MAX_PARAM_LENGTH ? value : null;
}

function parseYear(text: string | null, bounds: YearBounds): number | null {
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= bounds.min && year <= bounds.max ? year : null;
}

function parseReporters(params: URLSearchParams): SelectableReporter[] | null {
  const values = params
    .getAll('reporter')
    .filter((v) => v.length <= MAX_PARAM_LENGTH)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase());
  const picked = SELECTABLE_REPORTERS.filter((r) => values.includes(r));
  return picked.length > 0 ? picked : null;
}

/** Reads the view from search params (a string like `?reporter=KZ`, URLSearchParams or a record). */
export function parseViewState(input: ParamsInput, bounds: YearBounds): ViewState {
  const params = toSearchParams(input);
  const defaults = createDefaultViewState(bounds);
  let from = parseYear(single(params, 'from'), bounds) ?? defaults.from;
  let to = parseYear(single(params, 'to'), bounds) ?? defaults.to;
  if (from > to) {
    from = defaults.from;
    to = defaults.to;
  }
  const view = single(params, 'view')?.toLowerCase();
  const trade = single(params, 'trade')?.toLowerCase();
  return {
    reporters: parseReporters(params) ?? defaults.reporters,
    from,
    to,
    view: view === 'table' || view === 'chart' ? view : defaults.view,
    trade: trade === 'gap' || trade === 'sides' ? trade : defaults.trade,
  };
}

/** The search string for a view (`?reporter=KZ&from=2019`), leaving out defaults; '' for the default view. */
export function serializeViewState(state: ViewState, bounds: YearBounds): string {
  const defaults = createDefaultViewState(bounds);
  const params = new URLSearchParams();
  if (state.reporters.length === 1) params.set('reporter', state.reporters[0]!);
  if (state.from !== defaults.from) params.set('from', String(state.from));
  if (state.to !== defaults.to) params.set('to', String(state.to));
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.trade !== defaults.trade) params.set('trade', state.trade);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the view is the default one (the one the server renders). */
export function isDefaultViewState(state: ViewState, bounds: YearBounds): boolean {
  return serializeViewState(state, bounds) === '';
}

/** True when the reporter and year filters are the defaults (the views may differ). */
export function hasDefaultFilters(state: ViewState, bounds: YearBounds): boolean {
  return serializeViewState({ ...state, view: 'chart', trade: 'sides' }, bounds) === '';
}

/** Event dispatched on `window` after the view is written to the address (history.replaceState fires none). */
export const VIEW_STATE_EVENT = 'azkz:viewstate';
