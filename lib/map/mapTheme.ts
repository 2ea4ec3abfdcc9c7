/**
 * The map's look in one place: colours (literal, so they also work in SVG attributes and exports),
 * line styles per mode, sizes. Okabe–Ito vermillion for the route; land and sea in quiet tones so
 * the route stays the loudest thing on the map, in colour and in greyscale.
 */
import type { RouteSegment } from '../../data/schema';

export const MAP_COLOURS = {
  water: '#d6e6f1',
  land: '#efece4',
  /** Countries the route crosses (Kazakhstan, Azerbaijan, Georgia, Türkiye). */
  landRoute: '#fbfaf6',
  border: '#8c949e',
  coast: '#7d9bb3',
  route: '#d55e00',
  routeCasing: '#ffffff',
  flow: '#ffffff',
  context: '#6d7683',
  node: '#ffffff',
  city: '#1a1f29',
  countryLabel: '#5a6270',
  seaLabel: '#3f6e91',
} as const;

/** ISO numeric ids of the countries the route crosses, drawn a shade lighter. */
export const ROUTE_COUNTRIES: ReadonlySet<string> = new Set(['398', '031', '268', '792']);

/** One stroke: SVG / Leaflet path options. */
export interface StrokeStyle {
  weight: number;
  dashArray?: string;
  lineCap?: 'round' | 'butt';
}

/**
 * Each mode's base line and its moving overlay. Every dash pattern repeats every 16 px, the
 * distance the flow animation moves per cycle, so the motion is seamless.
 * - rail: a railway: solid line with white sleepers;
 * - tanker: a dotted sea lane;
 * - pipeline: a thick solid line with white pulses.
 */
export const MODE_STYLES: Record<RouteSegment['mode'], { base: StrokeStyle; flow: StrokeStyle }> = {
  rail: { base: { weight: 5, lineCap: 'butt' }, flow: { weight: 2.5, dashArray: '8 8', lineCap: 'butt' } },
  tanker: { base: { weight: 5, dashArray: '0.1 7.9', lineCap: 'round' }, flow: { weight: 2, dashArray: '0.1 15.9', lineCap: 'round' } },
  pipeline: { base: { weight: 6, lineCap: 'round' }, flow: { weight: 2, dashArray: '3 13', lineCap: 'round' } },
};

/** One line of a leg as drawn, bottom to top: colour, opacity and stroke. */
export interface LegStroke extends StrokeStyle {
  colour: string;
  opacity: number;
}

/**
 * A leg's mode line and its overlay as the live map draws them at rest (components/map: the
 * overlay is what the flow animation moves): rail gets white sleepers, so it reads as dashed,
 * the pipeline white pulses, the tanker lane larger dots. The static exports draw the same.
 */
export function describeLegStrokes(mode: RouteSegment['mode']): LegStroke[] {
  const { base, flow } = MODE_STYLES[mode];
  const line: LegStroke = { colour: MAP_COLOURS.route, opacity: 1, ...base };
  const overlay: LegStroke =
    mode === 'tanker'
      ? { colour: MAP_COLOURS.route, opacity: 1, weight: base.weight + 2, dashArray: flow.dashArray, lineCap: flow.lineCap }
      : { colour: MAP_COLOURS.flow, opacity: 0.95, ...flow };
  return [line, overlay];
}

/** Extra width of the white casing under a route line, and of a selected line. */
export const CASING_EXTRA = 3;
export const SELECTED_EXTRA = 2;
/** Opacity of the other legs while one is selected. */
export const DIMMED_OPACITY = 0.45;
/** Width of the invisible line that catches clicks and taps on a leg (px). */
export const HIT_WEIGHT = 20;

export const CONTEXT_STYLE = { weight: 2, opacity: 0.6, dashArray: '6 4' } as const;

/** Marker radii (px): field, port and terminal; city. */
export const NODE_RADIUS = { site: 7, city: 4.5 } as const;

/** Which side of its marker each place's name goes, so close neighbours (Baku, Sangachal) do not collide. */
export const NODE_LABEL_SIDE: Record<string, 'right' | 'left' | 'top' | 'bottom'> = {
  tengiz: 'left',
  aktau: 'right',
  sangachal: 'bottom',
  baku: 'top',
  tbilisi: 'top',
  ceyhan: 'right',
};

export const MAP_ZOOM = { min: 3, max: 8, snap: 0.25, delta: 0.5 } as const;

/** Padding around the route in the "fit route" view, as a share of the map's width, clamped (px). */
export const FIT_PADDING = { share: 0.06, min: 16, max: 56 } as const;

/**
 * The off-route context layers (data/layers.ts), each its own colour and line from the charts'
 * colour-blind-safe palette (lib/charts/style.ts) and apart from the route's vermillion: the
 * container line a solid dark blue; the planned cable wine-red and dashed, never solid, because
 * it is not built. Both read 3:1 or more on the water.
 */
export const LAYER_STYLES: Record<'container-line' | 'cable', StrokeStyle & { colour: string }> = {
  'container-line': { colour: '#00466e', weight: 3, lineCap: 'round' },
  cable: { colour: '#882255', weight: 3, dashArray: '9 6', lineCap: 'butt' },
};
