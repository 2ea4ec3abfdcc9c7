/**
 * The route map as SVG markup, composed from data (no screenshot of Leaflet): the vector basemap
 * (Natural Earth), the context pipelines, the route legs in their mode styles, the places and
 * their names, a legend and the attribution, in Web Mercator fitted to the route (or a given
 * extent). Pure: the same inputs give the same markup. Colours and line styles are the map's own
 * (lib/map/mapTheme.ts, shared with components/map): each leg as the live map draws it at rest.
 */
import type { Basemap } from '../map/basemap';
import { LABEL_NEAR_ZOOM } from '../map/labels';
import type { LatLng, LatLngBox, RouteMapModel } from '../map/shapeRoute';
import { CASING_EXTRA, CONTEXT_STYLE, MAP_COLOURS, MODE_STYLES, NODE_LABEL_SIDE, NODE_RADIUS, ROUTE_COUNTRIES, describeLegStrokes, type LegStroke } from '../map/mapTheme';
import { escapeXml } from './svgDocument';

/** Sizes of the map's text and legend, in layout px. */
const MAP_TEXT = { place: 14, country: 13, sea: 13, legend: 13, legendHeading: 14, attribution: 11, halo: 3 } as const;
const LEGEND = { pad: 10, row: 22, swatch: 34 } as const;

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

function label(args: { x: number; y: number; text: string; size: number; fill: string; anchor: 'start' | 'middle' | 'end'; weight?: number; italic?: boolean }): string {
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

/** The map (and its legend) as the inner markup of an `<svg>` of `width` × `height`. */
export function composeMapSvg(args: { basemap: Basemap; model: RouteMapModel; width: number; height: number; extent?: LatLngBox; legend: boolean; attribution: boolean }): string {
  const { basemap, model, width, height, legend, attribution } = args;
  const extent = args.extent ?? model.routeBounds;
  const { project, zoom } = fitProjection({ box: extent, width, height, padding: Math.max(16, Math.min(56, width * 0.06)), within: basemap.bbox });
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
  const band = zoom >= LABEL_NEAR_ZOOM ? 'near' : 'far';
  for (const l of model.countryLabels.filter((l) => !l.band || l.band === band)) {
    const [x, y] = project(l.lat, l.lon);
    out.push(label({ x, y, text: l.name.toLocaleUpperCase(), size: MAP_TEXT.country, fill: MAP_COLOURS.countryLabel, anchor: 'middle' }));
  }
  for (const l of model.seaLabels.filter((l) => !l.band || l.band === band)) {
    const [x, y] = project(l.lat, l.lon);
    out.push(label({ x, y, text: l.name, size: MAP_TEXT.sea, fill: MAP_COLOURS.seaLabel, anchor: 'middle', italic: true }));
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
    const side = NODE_LABEL_SIDE[n.id] ?? 'right';
    const gap = r + 5;
    const pos = { right: [x + gap, y + 5, 'start'], left: [x - gap, y + 5, 'end'], top: [x, y - gap - 2, 'middle'], bottom: [x, y + gap + 12, 'middle'] } as const;
    const [lx, ly, anchor] = pos[side];
    out.push(label({ x: lx, y: ly, text: n.name, size: MAP_TEXT.place, fill: MAP_COLOURS.city, anchor, weight: 700 }));
  }
  if (legend) out.push(composeLegend(model));
  if (attribution) out.push(label({ x: width - 8, y: height - 8, text: model.text.attribution, size: MAP_TEXT.attribution, fill: MAP_COLOURS.city, anchor: 'end' }));
  return out.join('\n');
}

/** The legend, top left (the route runs through the middle and the bottom right). */
function composeLegend(model: RouteMapModel): string {
  const words = model.text.legend;
  const rows: { text: string; swatch: string }[] = (['rail', 'tanker', 'pipeline'] as const).map((mode) => ({
    text: words[mode],
    swatch: describeLegStrokes(mode)
      .map((stroke) => `<line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" ${strokeAttributes(stroke)}/>`)
      .join(''),
  }));
  rows.push({
    text: words.context,
    swatch: `<line x1="0" y1="0" x2="${LEGEND.swatch}" y2="0" stroke="${MAP_COLOURS.context}" stroke-width="${CONTEXT_STYLE.weight}" stroke-opacity="${CONTEXT_STYLE.opacity}" stroke-dasharray="${CONTEXT_STYLE.dashArray}"/>`,
  });
  rows.push({ text: words.node, swatch: `<circle cx="${LEGEND.swatch / 2}" cy="0" r="${NODE_RADIUS.site}" fill="${MAP_COLOURS.node}" stroke="${MAP_COLOURS.route}" stroke-width="2"/>` });
  rows.push({ text: words.city, swatch: `<circle cx="${LEGEND.swatch / 2}" cy="0" r="${NODE_RADIUS.city}" fill="${MAP_COLOURS.city}" stroke="${MAP_COLOURS.node}" stroke-width="2"/>` });
  const longest = Math.max(words.heading.length, ...rows.map((r) => r.text.length));
  const boxW = LEGEND.pad * 3 + LEGEND.swatch + longest * MAP_TEXT.legend * 0.56;
  const boxH = LEGEND.pad * 2 + LEGEND.row * (rows.length + 1);
  const x0 = 12;
  const y0 = 12;
  const parts = [
    `<rect x="${x0}" y="${r1(y0)}" width="${r1(boxW)}" height="${boxH}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="${MAP_COLOURS.border}" stroke-width="1"/>`,
    `<text x="${x0 + LEGEND.pad}" y="${r1(y0 + LEGEND.pad + 15)}" font-size="${MAP_TEXT.legendHeading}" font-weight="700" fill="${MAP_COLOURS.city}">${escapeXml(words.heading)}</text>`,
  ];
  rows.forEach((row, i) => {
    const cy = y0 + LEGEND.pad + LEGEND.row * (i + 1) + 11;
    parts.push(`<g transform="translate(${x0 + LEGEND.pad} ${r1(cy)})">${row.swatch}</g>`);
    parts.push(`<text x="${r1(x0 + LEGEND.pad * 2 + LEGEND.swatch)}" y="${r1(cy + 4.5)}" font-size="${MAP_TEXT.legend}" fill="${MAP_COLOURS.city}">${escapeXml(row.text)}</text>`);
  });
  return parts.join('\n');
}
