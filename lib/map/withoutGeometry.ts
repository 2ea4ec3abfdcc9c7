import type { RouteMapModel } from './shapeRoute';

/**
 * The route model without what only the drawn map uses (the lines, their direction marks, the
 * country and sea labels): what the page's lists, legend and panel need, so its payload does not
 * carry the geometry. The map itself loads the whole model when it loads (export words, see
 * components/export/exportLocale.ts).
 */
export function withoutGeometry(model: RouteMapModel): RouteMapModel {
  return {
    ...model,
    segments: model.segments.map((s) => ({ ...s, latLngs: [], marks: [] })),
    context: model.context.map((c) => ({ ...c, latLngs: [] })),
    layers: model.layers.map((l) => ({ ...l, latLngs: [] })),
    countryLabels: [],
    seaLabels: [],
  };
}
