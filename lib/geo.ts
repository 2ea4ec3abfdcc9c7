/** Geometry helpers on WGS84 [lon, lat] points. */

/** Mean Earth radius used for great-circle distances, km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = readonly [number, number];

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance between two [lon, lat] points, km. */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  const dLat = toRad(b[1] - a[1]);
  const dLon = toRad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a polyline of [lon, lat] points, summed great-circle distances, km. */
export function polylineKm(points: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) total += greatCircleKm(points[i - 1]!, points[i]!);
  return total;
}
