/** A lon/lat box: [west, south, east, north], degrees. */
export type Bbox = readonly [number, number, number, number];

/**
 * The basemap's extent, degrees. 25–60° E takes in the Black Sea, Türkiye, the Caucasus, the Caspian
 * and western Kazakhstan; the south edge is 34° N (not 33°) so that the map shows no contested line
 * in the Levant that the route does not need. Kept apart from ./basemap.ts (which pulls in the
 * topojson tools) so that data validation can check layers against it.
 */
export const BASEMAP_BBOX: Bbox = [25, 34, 60, 50];

/** True when a [lon, lat] point lies inside the box (edges included). */
export function insideBbox([lon, lat]: readonly [number, number], [west, south, east, north]: Bbox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
