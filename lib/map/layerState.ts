/**
 * Which of the map's context layers are shown, in the address like the charts' view:
 * `?layers=containers,cable`. Off by default (the oil route alone). Anything not understood is
 * dropped silently; the order in the address is always the layers' own order, so one state has
 * one address. The dashboard's map, its export, the deck's map slide and its .pptx picture all
 * read it, so a link or an export shows the layers as they are on screen.
 */

import type { RouteMapModel } from './shapeRoute';

/** The address key of each layer (data/layers.ts id → short key), in drawing order. */
export const MAP_LAYER_KEYS = { 'container-line': 'containers', 'caspian-cable': 'cable' } as const;
export type MapLayerId = keyof typeof MAP_LAYER_KEYS;
export const MAP_LAYER_IDS = Object.keys(MAP_LAYER_KEYS) as MapLayerId[];

/** The search parameter. */
export const LAYERS_PARAM = 'layers';
const MAX_LENGTH = 40;

/** The layers a search string asks for, in the layers' order; [] when none or not understood. */
export function parseMapLayers(search: string | URLSearchParams): MapLayerId[] {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const values = params.getAll(LAYERS_PARAM);
  if (values.length !== 1 || values[0]!.length > MAX_LENGTH) return [];
  const keys = new Set(values[0]!.split(',').map((v) => v.trim().toLowerCase()));
  return MAP_LAYER_IDS.filter((id) => keys.has(MAP_LAYER_KEYS[id]));
}

/** The parameter's value for a set of layers ('' for none). */
export function serializeMapLayers(layers: readonly string[]): string {
  return MAP_LAYER_IDS.filter((id) => layers.includes(id))
    .map((id) => MAP_LAYER_KEYS[id])
    .join(',');
}

/** `search` with the layers parameter set to `layers` (removed when none), other parameters kept in place. */
export function withMapLayers(search: string, layers: readonly string[]): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const value = serializeMapLayers(layers);
  if (value) params.set(LAYERS_PARAM, value);
  else params.delete(LAYERS_PARAM);
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** `next` (a search string written by someone else) with the layers parameter of `current` carried over. */
export function keepMapLayers(next: string, current: string): string {
  return withMapLayers(next, parseMapLayers(current));
}

/** The model with only the given context layers (what the exports and the deck draw). */
export function withShownLayers(model: RouteMapModel, shown: readonly string[]): RouteMapModel {
  return { ...model, layers: model.layers.filter((l) => shown.includes(l.id)) };
}
