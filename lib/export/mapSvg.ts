/**
 * The route map as SVG markup, composed from data (no screenshot of Leaflet): the vector basemap
 * (Natural Earth), the context pipelines, the route legs in their mode styles, the places and
 * their names, a legend and the attribution, in Web Mercator fitted to the route (or a given
 * extent). Pure: the same inputs give the same markup. Colours and line styles are the map's own
 * (lib/map/mapTheme.ts, shared with components/map): each leg as the live map draws it at rest.
 * Place, country and sea names are placed by lib/map/labels.ts's placeLabels with their widths
 * measured from the font's advances (lib/map/textWidth.ts), so no two overlap, nor the legend.
 */
import type { Basemap } from '../map/basemap';
import { LABEL_NEAR_ZOOM, areaLabelCandidates, markerLabelCandidates, placeLabels, type Box, type LabelSide, type LabelToPlace } from '../map/labels';
import { measureTextWidth, type FontWeight } from '../map/textWidth';
import type { LatLng, LatLngBox, RouteMapModel } from '../map/shapeRoute';
import { CASING_EXTRA, CONTEXT_STYLE, LAYER_STYLES, MAP_COLOURS, MODE_STYLES, NODE_LABEL_SIDE, NODE_RADIUS, ROUTE_COUNTRIES, describeLegStrokes, type LegStroke } from '../map/mapTheme';
import { escapeXml } from './svgDocument';

/** Sizes of the map's text and legend, in layout px. */
export const MAP_TEXT = { place: 14, country: 13, sea: 13, legend: 13, legendHeading: 14, attribution: 11, halo: 3 } as const;
const LEGEND = { pad: 10, row: 22, swatch: 34, x: 12, y: 12, gap: 14 } as const;
/** A line of text's box around its baseline, in em (Noto Sans: caps 0.71, ascenders 0.76, descenders 0.24). */
const TEXT_BOX = { ascent: 0.8, descent: 0.26 } as const;

/** Projected point in the drawing's px. */
type Point = [number, number];

/** Web Mercator of a latitude/longitude, in units of the world's width (0..1). */
export function projectMercator(lat: number, lon: number): Point {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

/**
 * A projection that fits `box` (with `padding` px) into `width` × `height`, centred. With `within`
 * (the basemap's extent, [west, south, east, north]) it zooms in just enough that the view never
 * shows beyond the basemap, and shifts the centre to stay inside it (as the live map does).
 */
export function fitProjection(args: { box: LatLngBox; width: number; height: number; padding: number; within?: readonly [number, number, number, number] }): {
  project: (lat: number, lon: number) => Point;
  zoom: number;
} {
  const { box, width, height, padding, within } = args;
  const [a, b] = [projectMercator(box[0][0], box[0][1]), projectMercator(box[1][0], box[1][1])];
  const [minX, maxX] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [minY, maxY] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  let scale = Math.min((width - 2 * padding) / Math.max(maxX - minX, 1e-9), (height - 2 * padding) / Math.max(maxY - minY, 1e-9));
  let cx = (minX + maxX) / 2;
  let cy = (minY + maxY) / 2;
  if (within) {
    const [w0, s0] = projectMercator(within[1], within[0]);
    const [e0, n0] = projectMercator(within[3], within[2]);
    scale = Math.max(scale, width / (e0 - w0), height / (s0 - n0));
    const halfW = width / 2 / scale;
    const halfH = height / 2 / scale;
    cx = Math.min(Math.max(cx, w0 + halfW), e0 - halfW);
    cy = Math.min(Math.max(cy, n0 + halfH), s0 - halfH);
  }
  const dx = width / 2 - cx * scale;
  const dy = height / 2 - cy * scale;
  return {
    project: (lat, lon) => {
      const [x, y] = projectMercator(lat, lon);
      return [x * scale + dx, y * scale + dy];
    },
    // Leaflet's zoom: the world is 256 · 2^zoom px wide.
    zoom: Math.log2(scale / 256),
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function pathOf(lines: readonly (readonly number[][])[] | readonly LatLng[][], project: (lat: number, lon: number) => Point, lonLat: boolean, close: boolean): string {
  return lines
    .map((line) => {
      const pts = line.map((p) => (lonLat ? project(p[1]!, p[0]!) : project(p[0]!, p[1]!)));
      return `M${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}${close ? 'Z' : ''}`;
    })
    .join('');
}

function label(args: { x: number; y: number; text: string; size: number; fill: string; anchor: 'start' | 'middle' | 'end'; weight?: number; italic?: boolean; kind?: string }): string {
  const { x, y, text, size, fill, anchor, weight = 400, italic = false } = args;
  const attrs = `x="${r1(x)}" y="${r1(y)}" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}"${italic ? ' font-style="italic"' : ''}`;
  return `<text ${attrs} fill="none" stroke="#ffffff" stroke-width="${MAP_TEXT.halo}" stroke-linejoin="round">${escapeXml(text)}</text><text ${attrs} fill="${fill}">${escapeXml(text)}</text>`;
}

/** SVG attributes of one line of a leg. */
function strokeAttributes(s: LegStroke): string {
  const dash = s.dashArray ? ` stroke-dasharray="${s.dashArray}"` : '';
  const opacity = s.opacity < 1 ? ` stroke-opacity="${s.opacity}"` : '';
  return `stroke="${s.colour}" stroke-width="${s.weight}" stroke-linecap="${s.lineCap ?? 'round'}"${dash}${opacity}`;
}

/** Names of countries and seas for the labels (the map's own words). */
export interface MapNames {
  countries: Record<string, string>;
  seas: Record<string, string>;
}

/**
 * The drawing's layout: the legend's (layoutLegend), the map's height (the drawing's, less the
 * legend's band when it has one), the projection fitted to that, and the names (layoutMapLabels).
 */
export function layoutMapDrawing(args: { basemap: Basemap; model: RouteMapModel; width: number; height: number; extent?: LatLngBox; legend: boolean; attribution: boolean }): {
  legend: LegendLayout | null;
  height: number;
  project: (lat: number, lon: number) => Point;
  zoom: number;
  labels: MapLabelLayout[];
} {
  const { basemap, model, width, attribution } = args;
  const legend = args.legend ? layoutLegend(model, width, args.height) : null;
  const height = legend?.placement === 'below' ? legend.box.y : args.height;
  const { project, zoom } = fitProjection({ box: args.extent ?? model.routeBounds, width, height, padding: Math.max(16, Math.min(56, width * 0.06)), within: basemap.bbox });
  const labels = layoutMapLabels({ model, project, zoom, width, height, legend: legend?.placement === 'inside' ? legend.box : null, attribution });
  return { legend, height, project, zoom, labels };
}

/** The map (and its legend) as the inner markup of an `<svg>` of `width` × `height`. */
export function composeMapSvg(args: { basemap: Basemap; model: RouteMapModel; width: number; height: number; extent?: LatLngBox; legend: boolean; attribution: boolean }): string {
  const { basemap, model, width, attribution } = args;
  const { legend: legendAt, height, project, labels } = layoutMapDrawing(args);
  const out: string[] = [`<rect x="0" y="0" width="${width}" height="${height}" fill="${MAP_COLOURS.water}"/>`];

  for (const f of basemap.features) {
    if (f.properties.kind === 'country') {
      const polys = (f.geometry.coordinates as number[][][][]).flat();
      const fill = f.properties.id && ROUTE_COUNTRIES.has(f.properties.id) ? MAP_COLOURS.landRoute : MAP_COLOURS.land;
      out.push(`<path d="${pathOf(polys, project, true, true)}" fill="${fill}" stroke="none" fill-rule="evenodd"/>`);
    }
  }
  for (const f of basemap.features) {
    if (f.properties.kind === 'borders' || f.properties.kind === 'coast') {
      const colour = f.properties.kind === 'coast' ? MAP_COLOURS.coast : MAP_COLOURS.border;
      const dash = f.properties.kind === 'borders' ? ' stroke-dasharray="4 3"' : '';
      out.push(`<path d="${pathOf(f.geometry.coordinates as number[][][], project, true, false)}" fill="none" stroke="${colour}" stroke-width="1"${dash}/>`);
    }
  }
  for (const c of model.context) {
    out.push(
      `<path d="${pathOf([c.latLngs], project, false, false)}" fill="none" stroke="${MAP_COLOURS.context}" stroke-width="${CONTEXT_STYLE.weight}" stroke-opacity="${CONTEXT_STYLE.opacity}" stroke-dasharray="${CONTEXT_STYLE.dashArray}"/>`,
    );
  }
  // The context layers the model carries (the caller passes only those shown on screen, lib/map/layerState.ts).
  for (const l of model.layers) {
    const st = LAYER_STYLES[l.kind];
    const d = pathOf(l.latLngs, project, false, false);
    out.push(`<path d="${d}" fill="none" stroke="${MAP_COLOURS.routeCasing}" stroke-width="${st.weight + 3}" stroke-opacity="0.9" stroke-linecap="round" stroke-linejoin="round" data-map-layer="${l.id}-casing"/>`);
    out.push(`<path d="${d}" fill="none" ${strokeAttributes({ ...st, opacity: 1 })} stroke-linejoin="round" data-map-layer="${l.id}"/>`);
  }
  for (const s of model.segments) {
    const style = MODE_STYLES[s.mode].base;
    const d = pathOf([s.latLngs], project, false, false);
    out.push(`<path d="${d}" fill="none" stroke="${MAP_COLOURS.routeCasing}" stroke-width="${style.weight + CASING_EXTRA}" stroke-linecap="round" stroke-linejoin="round"/>`);
    for (const stroke of describeLegStrokes(s.mode)) out.push(`<path d="${d}" fill="none" ${strokeAttributes(stroke)} stroke-linejoin="round"/>`);
  }
  for (const n of model.nodes) {
    const [x, y] = project(n.lat, n.lon);
    const city = n.kind === 'city';
    const r = city ? NODE_RADIUS.city : NODE_RADIUS.site;
    out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${city ? MAP_COLOURS.city : MAP_COLOURS.node}" stroke="${city ? MAP_COLOURS.node : MAP_COLOURS.route}" stroke-width="2"/>`);
  }
  for (const l of labels) out.push(label(l));
  if (legendAt) out.push(composeLegend(model, legendAt));
  if (attribution) out.push(label({ x: width - 8, y: height - 8, text: model.text.attribution, size: MAP_TEXT.attribution, fill: MAP_COLOURS.city, anchor: 'end' }));
  return out.join('\n');
}

/** A map label as drawn: its text, baseline start and size, and the box it takes (halo included). */
export interface MapLabelLayout {
  kind: 'place' | 'country' | 'sea';
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  italic: boolean;
  fill: string;
  anchor: 'start';
  box: Box;
}

/** The box of one line of text of `width` px whose baseline starts at `x`, `y`, halo included. */
function textBox(x: number, y: number, width: number, size: number): Box {
  const pad = MAP_TEXT.halo / 2;
  return { x: x - pad, y: y - TEXT_BOX.ascent * size - pad, width: width + 2 * pad, height: (TEXT_BOX.ascent + TEXT_BOX.descent) * size + 2 * pad };
}

const SIDE_OF: Record<string, LabelSide> = { right: 'right', left: 'left', top: 'top', bottom: 'bottom' };

/**
 * Where the place, country and sea names go (placeLabels): place names first (each must show),
 * beside their marker on the first free side; then seas and countries, at their anchor or nudged
 * off another label, or left out when no spot is free. Markers, the legend and the attribution are
 * obstacles; every label stays inside the drawing.
 */
export function layoutMapLabels(args: {
  model: RouteMapModel;
  project: (lat: number, lon: number) => Point;
  zoom: number;
  width: number;
  height: number;
  /** The legend's box when it lies on the map (an obstacle to the names). */
  legend: Box | null;
  attribution: boolean;
}): MapLabelLayout[] {
  const { model, project, zoom, width, height } = args;
  const pad = MAP_TEXT.halo / 2;
  const obstacles: Box[] = model.nodes.map((n) => {
    const [x, y] = project(n.lat, n.lon);
    const r = (n.kind === 'city' ? NODE_RADIUS.city : NODE_RADIUS.site) + 2;
    return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
  });
  if (args.legend) obstacles.push(args.legend);
  if (args.attribution) {
    const w = measureTextWidth(model.text.attribution, { size: MAP_TEXT.attribution });
    obstacles.push(textBox(width - 8 - w, height - 8, w, MAP_TEXT.attribution));
  }
  const drafts: { kind: MapLabelLayout['kind']; text: string; size: number; weight: FontWeight; italic: boolean; fill: string; place: LabelToPlace }[] = [];
  model.nodes.forEach((n, i) => {
    const [x, y] = project(n.lat, n.lon);
    const size = MAP_TEXT.place;
    const w = measureTextWidth(n.name, { size, weight: 700 });
    const h = (TEXT_BOX.ascent + TEXT_BOX.descent) * size + 2 * pad;
    const r = n.kind === 'city' ? NODE_RADIUS.city : NODE_RADIUS.site;
    const candidates = markerLabelCandidates({ x, y, radius: r, gap: 4, width: w + 2 * pad, height: h, prefer: SIDE_OF[NODE_LABEL_SIDE[n.id] ?? 'right'] }).map((c) => c.box);
    drafts.push({ kind: 'place', text: n.name, size, weight: 700, italic: false, fill: MAP_COLOURS.city, place: { key: `place-${i}`, candidates, optional: false } });
  });
  // A name with anchors for both zoom bands (Kazakhstan) is tried at the anchor of the drawing's
  // band first, then at the other; a name of the other band alone (Azerbaijan, on a small
  // drawing) is shown when a spot is free for it after all the others.
  const band = zoom >= LABEL_NEAR_ZOOM ? 'near' : 'far';
  const rank = (l: { band?: string }) => (!l.band || l.band === band ? 0 : 1);
  const anchors = [
    ...model.seaLabels.map((l) => ({ ...l, kind: 'sea' as const, text: l.name, size: MAP_TEXT.sea, fill: MAP_COLOURS.seaLabel, italic: true })),
    ...model.countryLabels.map((l) => ({ ...l, kind: 'country' as const, text: l.name.toLocaleUpperCase(), size: MAP_TEXT.country, fill: MAP_COLOURS.countryLabel, italic: false })),
  ];
  const ids = [...new Set(anchors.map((l) => `${l.kind}-${l.id}`))].sort(
    (a, b) => Math.min(...anchors.filter((l) => `${l.kind}-${l.id}` === a).map(rank)) - Math.min(...anchors.filter((l) => `${l.kind}-${l.id}` === b).map(rank)),
  );
  for (const id of ids) {
    const own = anchors.filter((l) => `${l.kind}-${l.id}` === id).sort((a, b) => rank(a) - rank(b));
    const first = own[0]!;
    // Italic Noto Sans is a little narrower than upright: the upright width is a safe bound.
    const w = measureTextWidth(first.text, { size: first.size }) + 2 * pad;
    const h = (TEXT_BOX.ascent + TEXT_BOX.descent) * first.size + 2 * pad;
    const candidates = own.flatMap((l) => {
      const [x, y] = project(l.lat, l.lon);
      return areaLabelCandidates({ x, y, width: w, height: h });
    });
    drafts.push({ kind: first.kind, text: first.text, size: first.size, weight: 400, italic: first.italic, fill: first.fill, place: { key: id, candidates, optional: true } });
  }
  const placed = placeLabels({ labels: drafts.map((d) => d.place), obstacles, frame: { x: 0, y: 0, width, height } });
  return drafts.flatMap((d, i) => {
    const box = placed[i]!.box;
    if (!box) return [];
    return [{ kind: d.kind, text: d.text, size: d.size, weight: d.weight, italic: d.italic, fill: d.fill, anchor: 'start' as const, x: box.x + pad, y: box.y + pad + TEXT_BOX.ascent * d.size, box }];
  });
}

/** Below this drawing width (layout px) the legend gets a band of its own under the map: no corner of a smaller map is free of the route and its names. */
export const LEGEND_BELOW_WIDTH = 600;
/** With context layers shown, the corner legend's largest share of the map's height. */
export const LEGEND_INSIDE_SHARE = 0.5;

/** One item of the legend: its swatch (drawn around 0,0 at its row's middle) and text. */
interface LegendItem {
  text: string;
  swatch: string;
}

/**
 * Where the legend goes and what it takes: `inside`, a box in the map's top-left corner (the route
 * runs through the middle and the bottom right); `below`, a band the drawing's width under the map,
 * the heading and the items in rows (the map is shrunk to leave it room).
 * Each entry has its text's baseline start and, for an item, where its swatch is drawn.
 */
export interface LegendLayout {
  placement: 'inside' | 'below';
  box: Box;
  heading: { x: number; y: number };
  items: { x: number; y: number; swatchX: number; swatchY: number }[];
}

function legendWords(model: RouteMapModel): string[] {
  const words = model.text.legend;
  return [words.rail, words.tanker, words.pipeline, words.context, words.node, words.city, ...model.layers.map((l) => l.legendText)];
}

export function layoutLegend(model: RouteMapModel, width: number, height: number): LegendLayout {
  const words = legendWords(model);
  const headingWidth = measureTextWidth(model.text.legend.heading, { size: MAP_TEXT.legendHeading, weight: 700 });
  const itemWidths = words.map((text) => LEGEND.swatch + LEGEND.pad + measureTextWidth(text, { size: MAP_TEXT.legend }));
  const insideHeight = LEGEND.pad * 2 + LEGEND.row * (words.length + 1);
  // With context layers shown the corner box grows by their rows: it stays on the map only while
  // it takes at most half the map's height, else it goes to the band (a place name must not be
  // left under it). Without layers the rule is the width alone, as before.
  if (width >= LEGEND_BELOW_WIDTH && (model.layers.length === 0 || insideHeight <= height * LEGEND_INSIDE_SHARE)) {
    const widest = Math.max(headingWidth, ...itemWidths);
    const box = { x: LEGEND.x, y: LEGEND.y, width: LEGEND.pad * 2 + widest, height: insideHeight };
    const items = words.map((_, i) => {
      const cy = box.y + LEGEND.pad + LEGEND.row * (i + 1) + 11;
      return { x: box.x + LEGEND.pad * 2 + LEGEND.swatch, y: cy + 4.5, swatchX: box.x + LEGEND.pad, swatchY: cy };
    });
    return { placement: 'inside', box, heading: { x: box.x + LEGEND.pad, y: box.y + LEGEND.pad + 15 }, items };
  }
  // The band: the heading, then each item at the end of the first row it fits in, or on a new row
  // (first fit: a long item that starts a row leaves room on the rows above for the short ones, so
  // the band, and the map's loss, is as few rows as the words allow).
  const right = width - LEGEND.pad;
  const rowEnds = [LEGEND.pad + headingWidth + LEGEND.gap];
  const slots = itemWidths.map((w) => {
    let row = rowEnds.findIndex((end) => end + w <= right);
    if (row < 0) row = rowEnds.push(LEGEND.pad) - 1;
    const slot = { row, x: rowEnds[row]! };
    rowEnds[row] = slot.x + w + LEGEND.gap;
    return slot;
  });
  const bandHeight = LEGEND.pad * 2 + LEGEND.row * rowEnds.length;
  const box = { x: 0, y: height - bandHeight, width, height: bandHeight };
  const rowMiddle = (r: number) => box.y + LEGEND.pad + LEGEND.row * r + 11;
  return {
    placement: 'below',
    box,
    heading: { x: LEGEND.pad, y: rowMiddle(0) + 5 },
    items: slots.map((s) => ({ x: s.x + LEGEND.swatch + LEGEND.pad, y: rowMiddle(s.row) + 4.5, swatchX: s.x, swatchY: rowMiddle(s.row) })),
  };
}

/**
 * The height of a drawing whose height is free (the export "as on screen"), for a map `mapHeight`
 * tall: the map's, plus the legend's band when the drawing is narrow enough to have one.
 */
export function mapDrawingHeight(model: RouteMapModel, width: number, mapHeight: number): number {
  const legend = layoutLegend(model, width, mapHeight);
  return legend.placement === 'below' ? mapHeight + legend.box.height : mapHeight;
}

/** The legend as laid out by layoutLegend. */
function composeLegend(model: RouteMapModel, layout: LegendLayout): string {
  const words = legendWords(model);
  const items: LegendItem[] = (['rail', 'tanker', 'pipeline'] as const).map((mode, i) => ({
    text: words[i]!,
    swatch: describeLegStrokes(mode)
      .map((stroke) => `<line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" ${strokeAttributes(stroke)}/>`)
      .join(''),
  }));
  items.push({
    text: words[3]!,
    swatch: `<line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" stroke="${MAP_COLOURS.context}" stroke-width="${CONTEXT_STYLE.weight}" stroke-opacity="${CONTEXT_STYLE.opacity}" stroke-dasharray="${CONTEXT_STYLE.dashArray}"/>`,
  });
  items.push({ text: words[4]!, swatch: `<circle cx="${LEGEND.swatch / 2}" cy="0" r="${NODE_RADIUS.site}" fill="${MAP_COLOURS.node}" stroke="${MAP_COLOURS.route}" stroke-width="2"/>` });
  items.push({ text: words[5]!, swatch: `<circle cx="${LEGEND.swatch / 2}" cy="0" r="${NODE_RADIUS.city}" fill="${MAP_COLOURS.city}" stroke="${MAP_COLOURS.node}" stroke-width="2"/>` });
  model.layers.forEach((l, i) => {
    const st = LAYER_STYLES[l.kind];
    items.push({
      text: words[6 + i]!,
      swatch: `<line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" stroke="${MAP_COLOURS.routeCasing}" stroke-width="${st.weight + 3}" stroke-linecap="round"/><line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" ${strokeAttributes({ ...st, opacity: 1 })}/>`,
    });
  });
  const { box } = layout;
  const parts =
    layout.placement === 'inside'
      ? [`<rect x="${r1(box.x)}" y="${r1(box.y)}" width="${r1(box.width)}" height="${r1(box.height)}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="${MAP_COLOURS.border}" stroke-width="1"/>`]
      : [
          // Opaque: the map above is drawn to the drawing's foot and the band covers it.
          `<rect x="${r1(box.x)}" y="${r1(box.y)}" width="${r1(box.width)}" height="${r1(box.height)}" fill="#ffffff"/>`,
          `<line x1="${r1(box.x)}" y1="${r1(box.y + 0.5)}" x2="${r1(box.x + box.width)}" y2="${r1(box.y + 0.5)}" stroke="${MAP_COLOURS.border}" stroke-width="1"/>`,
        ];
  parts.push(`<text x="${r1(layout.heading.x)}" y="${r1(layout.heading.y)}" font-size="${MAP_TEXT.legendHeading}" font-weight="700" fill="${MAP_COLOURS.city}">${escapeXml(model.text.legend.heading)}</text>`);
  items.forEach((item, i) => {
    const at = layout.items[i]!;
    parts.push(`<g transform="translate(${r1(at.swatchX)} ${r1(at.swatchY)})">${item.swatch}</g>`);
    parts.push(`<text x="${r1(at.x)}" y="${r1(at.y)}" font-size="${MAP_TEXT.legend}" fill="${MAP_COLOURS.city}">${escapeXml(item.text)}</text>`);
  });
  return parts.join('\n');
}
