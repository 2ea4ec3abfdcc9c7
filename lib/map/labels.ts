/**
 * Where the map writes country and sea names, and how every label (these and the place names) is
 * placed so that none overlaps another (placeLabels: the live map measures its labels, the export
 * declares their sizes). Anchors placed by hand, as cartographers do, away from the route's lines
 * and markers; lib/map/labels.test.ts checks each country label lies on its country's
 * land and each sea label on water in the basemap. The names come from messages
 * (`map.countries.<id>`, `map.seas.<id>`) in the page's language.
 */

/**
 * Zoom bands: `far` below LABEL_NEAR_ZOOM (phones, where the route is small), `near` from it on.
 * A label with a band shows only in that band; without one it always shows.
 */
export type LabelBand = 'near' | 'far';
export const LABEL_NEAR_ZOOM = 5.25;

/** A label anchor: the centre of the text, degrees. */
export interface LabelAnchor {
  /** ISO 3166-1 numeric id for countries, or the sea's id. */
  id: string;
  lat: number;
  lon: number;
  band?: LabelBand;
}

/**
 * Countries named on the map (ISO 3166-1 numeric), each where its name reads best. Turkmenistan and
 * Uzbekistan are left unnamed: their land lies at the east edge of every view, where a name would
 * be cut off.
 */
export const COUNTRY_LABELS: readonly LabelAnchor[] = [
  { id: '398', lat: 42.9, lon: 53.2, band: 'near' }, // Kazakhstan: Mangyshlak, south-east of Aktau
  { id: '398', lat: 48.3, lon: 52.8, band: 'far' }, // Kazakhstan: north of Tengiz, clear of Aktau's name
  { id: '031', lat: 39.85, lon: 47.6, band: 'near' }, // Azerbaijan: south of the BTC line
  { id: '268', lat: 42.55, lon: 42.9, band: 'near' }, // Georgia: north-west of Tbilisi's label
  { id: '051', lat: 40.45, lon: 44.6, band: 'near' }, // Armenia
  { id: '792', lat: 38.3, lon: 38.9 }, // Türkiye: inside the bend of the BTC line
  { id: '643', lat: 46.6, lon: 44.8 }, // Russia
  { id: '364', lat: 35.9, lon: 50.0 }, // Iran
  { id: '368', lat: 36.15, lon: 43.4 }, // Iraq: far enough north to stay in the route's view
  { id: '760', lat: 35.9, lon: 39.0 }, // Syria
  { id: '804', lat: 48.6, lon: 30.0 }, // Ukraine: west of every default view (seen when panned)
];

/** Seas named on the map. */
export const SEA_LABELS: readonly LabelAnchor[] = [
  { id: 'caspian', lat: 37.9, lon: 51.6 },
  { id: 'black', lat: 43.3, lon: 37.2 },
  { id: 'mediterranean', lat: 34.8, lon: 31.5, band: 'near' }, // south-west of Cyprus: seen when panned west
];

/** A box in px, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: its candidate boxes in order of preference. */
export interface LabelToPlace {
  key: string;
  candidates: readonly Box[];
  /**
   * An optional label (country, sea) is left out when no candidate is free; a required one (a
   * place on the route) takes the candidate that overlaps least.
   */
  optional: boolean;
}

/** Where a label went: its box and which candidate, or null and -1 when it is left out. */
export interface PlacedLabel {
  key: string;
  box: Box | null;
  candidate: number;
}

/** Whether two boxes overlap by more than `tolerance` px in both directions. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tolerance && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tolerance;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function inside(box: Box, frame: Box): boolean {
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}

/**
 * Places labels greedily, in the order given (put the most important first): each takes its first
 * candidate that lies inside `frame` and overlaps neither a label placed before it nor an
 * obstacle (markers, the legend, controls). When none is free an optional label is left out and a
 * required one takes the candidate inside the frame with the least overlap (the first on a tie),
 * so no two labels overlap whenever the candidates allow it. Pure; px in, px out.
 */
export function placeLabels(args: { labels: readonly LabelToPlace[]; obstacles?: readonly Box[]; frame?: Box }): PlacedLabel[] {
  const { labels, obstacles = [], frame } = args;
  const placed: Box[] = [];
  return labels.map((label) => {
    const free = (box: Box) => (!frame || inside(box, frame)) && !placed.some((p) => boxesOverlap(box, p)) && !obstacles.some((o) => boxesOverlap(box, o));
    let index = label.candidates.findIndex(free);
    if (index < 0 && !label.optional && label.candidates.length > 0) {
      const cost = (box: Box) =>
        (frame && !inside(box, frame) ? 1e9 : 0) + placed.reduce((sum, p) => sum + 1000 * overlapArea(box, p), 0) + obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
      index = label.candidates.reduce((best, box, i) => (cost(box) < cost(label.candidates[best]!) ? i : best), 0);
    }
    if (index < 0) return { key: label.key, box: null, candidate: -1 };
    const box = label.candidates[index]!;
    placed.push(box);
    return { key: label.key, box, candidate: index };
  });
}

/** Sides of a marker a place name can take. */
export type LabelSide = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];

/**
 * Candidate boxes for the name of a marker at `x`, `y` with `radius`, `gap` px clear of it: the
 * preferred side first, then right, left, above, below and the four corners.
 */
export function markerLabelCandidates(args: { x: number; y: number; radius: number; gap: number; width: number; height: number; prefer?: LabelSide }): { side: LabelSide; box: Box }[] {
  const { x, y, radius, gap, width: w, height: h, prefer } = args;
  const d = radius + gap;
  const diagonal = d * Math.SQRT1_2;
  const at: Record<LabelSide, [number, number]> = {
    right: [x + d, y - h / 2],
    left: [x - d - w, y - h / 2],
    top: [x - w / 2, y - d - h],
    bottom: [x - w / 2, y + d],
    'top-right': [x + diagonal, y - diagonal - h],
    'bottom-right': [x + diagonal, y + diagonal],
    'top-left': [x - diagonal - w, y - diagonal - h],
    'bottom-left': [x - diagonal - w, y + diagonal],
  };
  const order = prefer ? [prefer, ...LABEL_SIDES.filter((s) => s !== prefer)] : LABEL_SIDES;
  return order.map((side) => ({ side, box: { x: at[side][0], y: at[side][1], width: w, height: h } }));
}

/**
 * Candidate boxes for an area's name (a country, a sea) centred at `x`, `y`: the anchor itself,
 * then nudged up and down by half and one line, then sideways by a quarter and half its width,
 * nearest first, so a name moves off a place's label rather than disappearing.
 */
export function areaLabelCandidates(args: { x: number; y: number; width: number; height: number }): Box[] {
  const { x, y, width: w, height: h } = args;
  const shifts: [number, number][] = [[0, 0]];
  for (const dy of [0.6, 1.2, 1.8]) shifts.push([0, -dy * h], [0, dy * h]);
  for (const dx of [0.25, 0.5]) for (const dy of [0, -1.2, 1.2]) shifts.push([-dx * w, dy * h], [dx * w, dy * h]);
  shifts.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
  return shifts.map(([dx, dy]) => ({ x: x - w / 2 + dx, y: y - h / 2 + dy, width: w, height: h }));
}
