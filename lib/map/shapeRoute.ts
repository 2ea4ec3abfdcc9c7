/**
 * Shapes the route (data/route.ts, validated) into serialisable props for the map: every text in
 * the page's language, coordinates in Leaflet's [lat, lon] order, facts formatted. Server code
 * calls it; the client map components receive the result and never import data/.
 */
import type { Milestone, Observation, Reporter, RouteNode, RouteSegment } from '../../data/schema';
import type { Dataset } from '../validate';
import { formatDate, formatNumber } from '../format';
import { formatObservationPeriod, formatObservationValue, indicatorKey, type Translate } from '../observations';
import type { LonLat } from '../geo';
import { placeDirectionMarks, type DirectionMark } from './arrows';
import { BASEMAP_BBOX } from './basemap';
import { COUNTRY_LABELS, SEA_LABELS } from './labels';
import { measureSegment } from './segmentLength';
import { SEGMENT_VOLUME_SERIES, nameSourcesOfSharedYears, selectSegmentVolumes, type VolumeSource } from './volumes';
import { shapeLayers, type MapLayerView } from './shapeLayers';

export type { MapLayerView } from './shapeLayers';

/** [lat, lon], degrees (Leaflet's order). */
export type LatLng = [number, number];
/** [[south, west], [north, east]], degrees. */
export type LatLngBox = [LatLng, LatLng];

/** One fact in a popup or panel, already in words. */
export type FactView =
  | {
      kind: 'observation';
      id: string;
      /** What the figure is (indicator label). */
      label: string;
      /** "1.392 million t", "almost 1.5 million t". */
      value: string;
      /** "2023", "capacity, 2009–2025". */
      period: string;
      reporter: Reporter;
      /** "Reported by Kazakhstan"; null when the source does not say. */
      reporterLabel: string | null;
      sourceId: string;
      computed: boolean;
    }
  | { kind: 'milestone'; id: string; /** "21 March 2023". */ date: string; title: string; sourceId: string };

/** One year's volume on a leg. */
export interface VolumeRow {
  observationId: string;
  /** "2023". */
  year: string;
  /** The figure in tonnes (bar length). */
  tonnes: number;
  /** "1.392 million t". */
  valueText: string;
  reporter: Reporter;
  /** "Kazakhstan". */
  reporterLabel: string;
  /** "per Trend": who published the figure, where its year holds more than one figure; else null. */
  sourceLabel: string | null;
}

/** The volumes part of a leg's panel: a small, self-contained input for a bar list or a chart. */
export interface SegmentVolumesView {
  heading: string;
  caption: string;
  rows: VolumeRow[];
  /** Shown instead of bars when there are no rows. */
  emptyText: string;
}

export interface RouteNodeView {
  id: string;
  name: string;
  kind: RouteNode['kind'];
  kindLabel: string;
  lat: number;
  lon: number;
  /** A note when the position is not high-confidence, else null. */
  positionNote: string | null;
  facts: FactView[];
  /** The legs that start or end here. */
  legs: { segmentId: string; name: string; approximate: boolean }[];
}

export interface RouteSegmentView {
  id: string;
  order: number;
  name: string;
  mode: RouteSegment['mode'];
  modeLabel: string;
  fromId: string;
  toId: string;
  latLngs: LatLng[];
  bounds: LatLngBox;
  /** Static chevrons showing the direction of flow. */
  marks: DirectionMark[];
  /** "1,768 km (official)" or "331 km (computed: straight line between the end points)". */
  lengthText: string;
  lengthBasis: 'official' | 'computed';
  /** "about 1,653 km along the line drawn on the map". */
  drawnText: string;
  operator: string;
  statusLabel: string;
  accuracy: RouteSegment['geometryAccuracy'];
  accuracyLabel: string;
  /** Facts other than the yearly volumes. */
  facts: FactView[];
  volumes: SegmentVolumesView;
  /** The volumes in one line for the step-by-step list ("Carried: 2022: 250 thousand t; ..."). */
  volumesLine: string;
}

export interface MapLabelView {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Shown only at far or near zoom; absent: always (see lib/map/labels.ts). */
  band?: 'near' | 'far';
}

export interface ContextLineView {
  id: string;
  name: string;
  latLngs: LatLng[];
}

/** The map's interface text in the page's language. */
export interface RouteMapText {
  mapLabel: string;
  placeholder: string;
  loading: string;
  loadError: string;
  noScript: string;
  keyboardHint: string;
  fitRoute: string;
  zoomIn: string;
  zoomOut: string;
  close: string;
  attribution: string;
  legend: { heading: string; rail: string; tanker: string; pipeline: string; approximate: string; traced: string; context: string; direction: string; node: string; city: string };
  stepsHeading: string;
  placesHeading: string;
  placesLegs: string;
  panel: { mode: string; length: string; drawn: string; operator: string; status: string; geometry: string; facts: string; empty: string; close: string };
  /** The context layers' controls and panel. */
  layers: { heading: string; note: string; details: string; more: string; operators: string; closeDetails: string };
  announce: { segment: string; node: string; cleared: string };
}

export interface RouteMapModel {
  /** Where the route is: the "fit route" view. */
  routeBounds: LatLngBox;
  /** The basemap's extent: the view never leaves it. */
  maxBounds: LatLngBox;
  /** Same-origin path of the basemap file, fetched when the map loads. */
  basemapUrl: string;
  nodes: RouteNodeView[];
  segments: RouteSegmentView[];
  context: ContextLineView[];
  /** Off-route context layers (container line, planned cable): all of them; which are shown is the page's state (lib/map/layerState.ts). */
  layers: MapLayerView[];
  countryLabels: MapLabelView[];
  seaLabels: MapLabelView[];
  text: RouteMapText;
}

/** A context pipeline as data/geo/contextPipelines.ts holds it. */
export interface ContextPipelineInput {
  id: string;
  coordinates: ReadonlyArray<readonly [number, number]>;
}

export interface ShapeRouteInput {
  dataset: Pick<Dataset, 'sources' | 'observations' | 'milestones' | 'routeNodes' | 'routeSegments' | 'mapLayers'>;
  contextPipelines: readonly ContextPipelineInput[];
  locale: string;
  t: Translate;
}

export const BASEMAP_URL = '/geo/basemap.json';

/**
 * Facts whose indicator label alone would not say what they are (BTC's three country sections all
 * have the indicator "BTC pipeline length"): their label is `map.factLabels.<id>` instead.
 */
export const FACT_LABEL_OVERRIDES: ReadonlySet<string> = new Set(['btc-length-az', 'btc-length-ge', 'btc-length-tr']);

/** Shapes the whole map's props. Throws on a fact id that is neither an observation nor a milestone. */
export function shapeRoute({ dataset, contextPipelines, locale, t }: ShapeRouteInput): RouteMapModel {
  const observations = new Map(dataset.observations.map((o) => [o.id, o]));
  const milestones = new Map(dataset.milestones.map((m) => [m.id, m]));
  const fact = (id: string, owner: string) => shapeFact({ id, owner, observations, milestones, locale, t });
  const segments = [...dataset.routeSegments].sort((a, b) => a.order - b.order);
  const segmentName = (s: RouteSegment) => t(`data.segments.${s.id}`);
  const sources = new Map(dataset.sources.map((src) => [src.id, src]));
  const sourceOf = (id: string): VolumeSource | undefined => {
    const src = sources.get(id);
    return src && { publisher: src.publisher, published: src.published && formatDate(src.published, locale) };
  };

  const nodes: RouteNodeView[] = dataset.routeNodes.map((n) => ({
    id: n.id,
    name: t(`data.places.${n.id}`),
    kind: n.kind,
    kindLabel: t(`map.kinds.${n.kind}`),
    lat: n.lat,
    lon: n.lon,
    positionNote: n.confidence === 'high' ? null : t('map.places.position'),
    facts: n.facts.map((id) => fact(id, n.id)),
    legs: segments
      .filter((s) => s.from === n.id || s.to === n.id)
      .map((s) => ({ segmentId: s.id, name: segmentName(s), approximate: s.geometryAccuracy === 'approximate' })),
  }));

  const segmentViews: RouteSegmentView[] = segments.map((s) => {
    const lengths = measureSegment(s, dataset.routeNodes);
    const km = (v: number) => t('units.km.one', { value: formatNumber(Math.round(v), locale, 0) });
    const volumeRows = selectSegmentVolumes(s.id, dataset.observations);
    const volumeIds = new Set(volumeRows.map((o) => o.id));
    const volumes = shapeVolumes({ segmentId: s.id, rows: volumeRows, sourceOf, locale, t });
    return {
      id: s.id,
      order: s.order,
      name: segmentName(s),
      mode: s.mode,
      modeLabel: t(`map.modes.${s.mode}`),
      fromId: s.from,
      toId: s.to,
      latLngs: toLatLngs(s.geometry),
      bounds: boundsOf(s.geometry),
      marks: placeDirectionMarks(s.geometry),
      lengthText: t(`map.length.${lengths.basis}`, { length: km(lengths.statedKm) }),
      lengthBasis: lengths.basis,
      drawnText: t('map.length.drawn', { length: km(lengths.drawnKm) }),
      operator: t(`map.operators.${s.id}`),
      statusLabel: t(`map.statuses.${s.status}`),
      accuracy: s.geometryAccuracy,
      accuracyLabel: t(`map.accuracy.${s.geometryAccuracy}`),
      facts: s.facts.filter((id) => !volumeIds.has(id)).map((id) => fact(id, s.id)),
      volumes,
      volumesLine:
        volumes.rows.length === 0
          ? t('map.steps.noVolumes')
          : t('map.steps.volumes', {
              list: volumes.rows
                .map((r) => (r.sourceLabel ? t('map.steps.volumeFrom', { year: r.year, value: r.valueText, source: r.sourceLabel }) : t('map.steps.volume', { year: r.year, value: r.valueText })))
                .join('; '),
            }),
    };
  });

  const allPoints = segments.flatMap((s) => s.geometry);
  const [west, south, east, north] = BASEMAP_BBOX;
  return {
    routeBounds: boundsOf(allPoints),
    maxBounds: [
      [south, west],
      [north, east],
    ],
    basemapUrl: BASEMAP_URL,
    nodes,
    segments: segmentViews,
    context: contextPipelines.map((c) => ({ id: c.id, name: t(`map.context.${c.id}`), latLngs: toLatLngs(c.coordinates) })),
    layers: shapeLayers({ layers: dataset.mapLayers, observations: dataset.observations, locale, t, fact }),
    countryLabels: COUNTRY_LABELS.map((l) => ({ ...l, name: t(`map.countries.${l.id}`) })),
    seaLabels: SEA_LABELS.map((l) => ({ ...l, name: t(`map.seas.${l.id}`) })),
    text: shapeText(t),
  };
}

interface ShapeFactInput {
  id: string;
  owner: string;
  observations: ReadonlyMap<string, Observation>;
  milestones: ReadonlyMap<string, Milestone>;
  locale: string;
  t: Translate;
}

function shapeFact({ id, owner, observations, milestones, locale, t }: ShapeFactInput): FactView {
  const o = observations.get(id);
  if (o) {
    return {
      kind: 'observation',
      id,
      label: FACT_LABEL_OVERRIDES.has(id) ? t(`map.factLabels.${id}`) : t(indicatorKey(o.indicator)),
      value: formatObservationValue(o, locale, t),
      period: formatObservationPeriod(o, locale, t),
      reporter: o.reporter,
      reporterLabel: o.reporter === 'unknown' ? null : t(`reportedBy.${o.reporter}`),
      sourceId: o.sourceId,
      computed: o.computed,
    };
  }
  const m = milestones.get(id);
  if (m) return { kind: 'milestone', id, date: formatDate(m.date, locale), title: t(`data.milestones.${m.id}`), sourceId: m.sourceId };
  throw new Error(`route "${owner}": fact "${id}" is neither an observation nor a milestone`);
}

interface ShapeVolumesInput {
  segmentId: string;
  rows: readonly Observation[];
  sourceOf: (sourceId: string) => VolumeSource | undefined;
  locale: string;
  t: Translate;
}

function shapeVolumes({ segmentId, rows, sourceOf, locale, t }: ShapeVolumesInput): SegmentVolumesView {
  const indicator = SEGMENT_VOLUME_SERIES[segmentId];
  const named = nameSourcesOfSharedYears(rows, sourceOf);
  return {
    heading: indicator ? t(`map.volumes.${indicator.replace(/\./g, '_')}`) : t('map.volumes.none'),
    caption: t('map.volumes.caption'),
    emptyText: t('map.volumes.none'),
    rows: rows.map((o, i) => ({
      observationId: o.id,
      year: o.period,
      tonnes: o.value,
      valueText: formatObservationValue(o, locale, t),
      reporter: o.reporter,
      reporterLabel: t(`reporters.${o.reporter}`),
      sourceLabel: named[i] ? t('map.volumes.source', { source: named[i] }) : null,
    })),
  };
}

function shapeText(t: Translate): RouteMapText {
  const m = (key: string) => t(`map.${key}`);
  return {
    mapLabel: m('mapLabel'),
    placeholder: m('placeholder'),
    loading: m('loading'),
    loadError: m('loadError'),
    noScript: m('noScript'),
    keyboardHint: m('keyboardHint'),
    fitRoute: m('fitRoute'),
    zoomIn: m('zoomIn'),
    zoomOut: m('zoomOut'),
    close: m('close'),
    attribution: m('attribution'),
    legend: {
      heading: m('legend.heading'),
      rail: m('legend.rail'),
      tanker: m('legend.tanker'),
      pipeline: m('legend.pipeline'),
      approximate: m('legend.approximate'),
      traced: m('legend.traced'),
      context: m('legend.context'),
      direction: m('legend.direction'),
      node: m('legend.node'),
      city: m('legend.city'),
    },
    layers: {
      heading: m('layers.heading'),
      note: m('layers.note'),
      details: rawMessage(t, 'map.layers.details'),
      more: m('layers.more'),
      operators: m('layers.operators'),
      closeDetails: m('panel.close'),
    },
    stepsHeading: m('steps.heading'),
    placesHeading: m('places.heading'),
    placesLegs: m('places.legs'),
    panel: {
      mode: m('panel.mode'),
      length: m('panel.length'),
      drawn: m('panel.drawn'),
      operator: m('panel.operator'),
      status: m('panel.status'),
      geometry: m('panel.geometry'),
      facts: m('panel.facts'),
      empty: m('panel.empty'),
      close: m('panel.close'),
    },
    // Kept with their {name} placeholder: the client fills it in when something is selected.
    announce: { segment: rawMessage(t, 'map.announce.segment'), node: rawMessage(t, 'map.announce.node'), cleared: m('announce.cleared') },
  };
}

/** A message with `{name}` left in place for the client to fill. */
function rawMessage(t: Translate, key: string): string {
  return t(key, { name: '{name}' });
}

function toLatLngs(points: ReadonlyArray<readonly [number, number]>): LatLng[] {
  return points.map(([lon, lat]) => [round(lat), round(lon)]);
}

function boundsOf(points: readonly LonLat[]): LatLngBox {
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

/** 5 decimals: about 1 m, far below a pixel; keeps the page's payload small. */
function round(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}
