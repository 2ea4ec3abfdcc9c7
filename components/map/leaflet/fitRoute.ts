import L from 'leaflet';
import type { LatLngBox, RouteMapModel } from '@/lib/map/shapeRoute';
import { FIT_PADDING, MAP_ZOOM } from '@/lib/map/mapTheme';

/** Padding around the route when it is fitted: a share of the map's width, within bounds. */
export function fitPadding(map: L.Map): L.PointTuple {
  const width = map.getSize().x;
  const p = Math.round(Math.min(FIT_PADDING.max, Math.max(FIT_PADDING.min, width * FIT_PADDING.share)));
  return [p, p];
}

export function fitRoute(map: L.Map, bounds: LatLngBox, animate: boolean) {
  const fit = () => map.fitBounds(bounds, { padding: fitPadding(map), animate });
  // Leaflet silently drops a new view asked for while a zoom animation runs (and the animation's
  // end would restore its own target): a "fit route" pressed mid-zoom waits for the zoom to end.
  if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', fit);
  else fit();
}

/** The view may not zoom out past the basemap's edges, unless the whole route would not fit. */
export function updateMinZoom(map: L.Map, model: RouteMapModel) {
  const fillsBox = map.getBoundsZoom(model.maxBounds, true);
  const fitsRoute = map.getBoundsZoom(model.routeBounds, false, L.point(fitPadding(map)).multiplyBy(2));
  map.setMinZoom(Math.max(MAP_ZOOM.min, Math.min(fillsBox, fitsRoute)));
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
