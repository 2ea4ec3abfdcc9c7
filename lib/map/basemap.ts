/**
 * Cuts Natural Earth's countries (world-atlas TopoJSON) down to the route's region for the offline
 * basemap: territory reassignments, topology-preserving simplification, clipping to a box, rounding.
 * Pure; scripts/build-basemap.ts runs it and writes public/geo/basemap.json.
 *
 * Why this order: simplifying the whole topology first (topojson-simplify) keeps the border that two
 * countries share identical on both sides, so no slivers of sea open between neighbours; clipping
 * after simplification (Sutherland–Hodgman for the land, Cohen–Sutherland for the lines, from
 * @turf/bbox-clip) cuts every ring at the box, which also keeps Russia's antimeridian rings out.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { bboxClip } from '@turf/bbox-clip';
import { BASEMAP_BBOX, type Bbox } from './bbox';

export { BASEMAP_BBOX, type Bbox };

/** Vertices whose triangle is smaller than this are dropped (planar area in square degrees). */
export const BASEMAP_MIN_WEIGHT = 5e-4;

/** Decimals kept in coordinates: 2 = 0.01° (about 1 km), under 2 px up to zoom 8 (the map's maximum). */
export const BASEMAP_DECIMALS = 2;

/**
 * Territories drawn as part of another country than in Natural Earth's de facto layer, following
 * the boundaries the United Nations recognises. `point` picks one polygon of a multi-part country;
 * without it the whole feature moves.
 * - Crimea: part of Ukraine (UN General Assembly resolution 68/262), not Russia.
 * - Northern Cyprus and the UN buffer zone: part of Cyprus (UN Security Council resolution 541).
 * (The UK's sovereign base areas on Cyprus stay as they are: land without a label.)
 */
export const TERRITORY_REASSIGNMENTS: readonly TerritoryReassignment[] = [
  { territory: 'Crimea', point: [34.1, 45.0], fromName: 'Russia', toId: '804' },
  { territory: 'Northern Cyprus', fromName: 'N. Cyprus', toId: '196' },
  { territory: 'UN buffer zone in Cyprus', fromName: 'Cyprus U.N. Buffer Zone', toId: '196' },
];

interface TerritoryReassignment {
  territory: string;
  /** [lon, lat] inside the polygon to move; absent: move every polygon of `fromName`. */
  point?: readonly [number, number];
  /** Natural Earth's `name` of the feature the territory belongs to in the source. */
  fromName: string;
  /** ISO 3166-1 numeric id of the country it is drawn in here. */
  toId: string;
}

/** Properties of a country feature: its ISO 3166-1 numeric id (the message key `map.countries.<id>`). */
export interface CountryProperties {
  kind: 'country';
  /** ISO 3166-1 numeric, e.g. "031" (Azerbaijan); null for land without one (sovereign bases). */
  id: string | null;
}

/** Properties of the line features: borders between countries, and coastlines. */
export interface LineProperties {
  kind: 'borders' | 'coast';
}

export type BasemapFeature = Feature<MultiPolygon, CountryProperties> | Feature<MultiLineString, LineProperties>;

/** What public/geo/basemap.json holds. Water is where there is no land. */
export interface Basemap extends FeatureCollection<MultiPolygon | MultiLineString, CountryProperties | LineProperties> {
  bbox: [number, number, number, number];
  features: BasemapFeature[];
}

export interface BuildBasemapOptions {
  bbox?: Bbox;
  minWeight?: number;
  decimals?: number;
}

type CountryObject = GeometryObject<{ name?: string }> & { id?: string | number; properties?: { name?: string } };
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** Builds the clipped, simplified basemap from a world-atlas `countries-*.json` topology. */
export function buildBasemap(world: CountriesTopology, options: BuildBasemapOptions = {}): Basemap {
  const bbox = options.bbox ?? BASEMAP_BBOX;
  const decimals = options.decimals ?? BASEMAP_DECIMALS;
  const minWeight = options.minWeight ?? BASEMAP_MIN_WEIGHT;

  const reassigned = reassignTerritories(world);
  const simple = simplify(presimplify(reassigned), minWeight) as CountriesTopology;
  const countries = simple.objects.countries;

  const features: BasemapFeature[] = [];
  for (const geometry of countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const geo = feature(simple, geometry) as Feature<Polygon | MultiPolygon>;
    const polygons = clipPolygons(geo.geometry, bbox, decimals);
    if (polygons.length === 0) continue;
    const id = (geometry as CountryObject).id;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', id: id === undefined ? null : String(id) },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  features.sort((a, b) => String(a.properties.kind === 'country' ? a.properties.id : '').localeCompare(String(b.properties.kind === 'country' ? b.properties.id : '')));

  const borders = mesh(simple, countries, (a, b) => a !== b);
  const coast = mesh(simple, countries, (a, b) => a === b);
  features.push(lineFeature('borders', borders.coordinates, bbox, decimals));
  features.push(lineFeature('coast', coast.coordinates, bbox, decimals));

  return { type: 'FeatureCollection', bbox: [...bbox], features };
}

function lineFeature(kind: LineProperties['kind'], lines: Position[][], bbox: Bbox, decimals: number): Feature<MultiLineString, LineProperties> {
  const clipped = bboxClip({ type: 'MultiLineString', coordinates: lines }, [...bbox]).geometry as MultiLineString | LineString;
  const parts = (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates)
    .map((line) => roundLine(line, decimals))
    .filter((line) => line.length >= 2);
  return { type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates: parts } };
}

function clipPolygons(geometry: Polygon | MultiPolygon, bbox: Bbox, decimals: number): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const clipped: Position[][] = [];
    for (const [index, ring] of rings.entries()) {
      const result = (bboxClip({ type: 'Polygon', coordinates: [ring] }, [...bbox]).geometry as Polygon).coordinates[0];
      const rounded = result ? roundRing(result, decimals) : [];
      if (rounded.length < 4) {
        if (index === 0) break; // the outer ring is outside the box: so are its holes
        continue;
      }
      clipped.push(rounded);
    }
    if (clipped.length > 0) out.push(clipped);
  }
  return out;
}

function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundRing(ring: Position[], decimals: number): Position[] {
  const out = roundLine(ring, decimals);
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Moves the polygons named in TERRITORY_REASSIGNMENTS to their country, in the topology itself,
 * so the arcs between a territory and its country stop being a border (they are then internal).
 * Throws when a territory cannot be found: a new world-atlas release must not silently undo it.
 */
export function reassignTerritories(world: CountriesTopology): CountriesTopology {
  const geometries = world.objects.countries.geometries.map((g) => ({ ...g })) as CountryObject[];
  for (const r of TERRITORY_REASSIGNMENTS) {
    const fromIndex = geometries.findIndex((g) => g.properties?.name === r.fromName);
    const to = geometries.find((g) => String(g.id) === r.toId);
    const from = geometries[fromIndex];
    if (!from || !to) throw new Error(`reassign ${r.territory}: country "${r.fromName}" or id "${r.toId}" not in the topology`);
    const fromPolygons = polygonArcs(from);
    const point = r.point;
    const hits = point ? fromPolygons.filter((arcs) => polygonContains(world, arcs, point)) : fromPolygons;
    if (hits.length === 0) throw new Error(`reassign ${r.territory}: no polygon of "${r.fromName}" contains [${point?.join(', ')}]`);
    const rest = fromPolygons.filter((arcs) => !hits.includes(arcs));
    if (rest.length === 0) geometries.splice(fromIndex, 1);
    else Object.assign(from, { type: 'MultiPolygon', arcs: rest });
    Object.assign(to, { type: 'MultiPolygon', arcs: [...polygonArcs(to), ...hits] });
  }
  return { ...world, objects: { ...world.objects, countries: { ...world.objects.countries, geometries } as GeometryCollection<{ name?: string }> } };
}

function polygonArcs(g: CountryObject): number[][][] {
  if (g.type === 'Polygon') return [(g as TopoPolygon).arcs];
  if (g.type === 'MultiPolygon') return (g as TopoMultiPolygon).arcs;
  return [];
}

function polygonContains(world: CountriesTopology, arcs: number[][], point: readonly [number, number]): boolean {
  const geo = feature(world, { type: 'Polygon', arcs } as TopoPolygon) as Feature<Polygon>;
  return polygonHasPoint(geo.geometry.coordinates, point);
}

/** True when the point lies inside the polygon's outer ring and outside its holes (even–odd rule). */
export function polygonHasPoint(rings: readonly (readonly Position[])[], point: readonly [number, number]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && ringHasPoint(outer, point) && !holes.some((h) => ringHasPoint(h, point));
}

function ringHasPoint(ring: readonly Position[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The country feature (by ISO numeric id) whose land contains the point, or null for water. */
export function findCountryAt(basemap: Basemap, point: readonly [number, number]): string | null {
  for (const f of basemap.features) {
    if (f.properties.kind !== 'country') continue;
    const polys = (f.geometry as MultiPolygon).coordinates;
    if (polys.some((rings) => polygonHasPoint(rings, point))) return (f.properties as CountryProperties).id ?? '';
  }
  return null;
}

/** The world-atlas file the basemap is cut from (Natural Earth 1:10m admin 0 countries). */
export const BASEMAP_SOURCE = 'countries-10m.json';

/** The basemap as the committed file holds it: compact JSON, one trailing newline. */
export function serialiseBasemap(basemap: Basemap): string {
  return `${JSON.stringify(basemap)}\n`;
}
