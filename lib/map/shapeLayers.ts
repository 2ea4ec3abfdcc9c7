/**
 * Shapes the map's context layers (data/layers.ts) into serialisable props: every text in the
 * page's language, lines in Leaflet's [lat, lon] order, the container line's TEU by year from the
 * dataset's `series` observations, the cable's facts and its schedule plan by plan.
 */
import type { MapLayer, Observation } from '../../data/schema';
import { formatDate } from '../format';
import { formatObservationValue, periodEnd, type Translate } from '../observations';
import type { FactView, LatLng } from './shapeRoute';
import { MAP_LAYER_IDS, type MapLayerId } from './layerState';

/** One year's figure of a layer's series (the container line's TEU). */
export interface LayerSeriesRow {
  observationId: string;
  /** "2024". */
  period: string;
  value: number;
  /** "55,000 TEU". */
  valueText: string;
  /** "Not stated", "Kazakhstan". */
  reporterLabel: string;
  sourceId: string;
}

export interface MapLayerView {
  id: MapLayerId;
  kind: MapLayer['kind'];
  status: MapLayer['status'];
  /** "Container line Aktau/Kuryk → Baku (Alat)". */
  name: string;
  /** What the legend says after the name: "planned, route approximate". */
  tag: string;
  /** The legend's words in the static exports (name and tag in one). */
  legendText: string;
  latLngs: LatLng[][];
  statusLabel: string;
  accuracyLabel: string;
  /** "AzerTelecom, Kazakhtelecom". */
  operators: string;
  facts: FactView[];
  series: { heading: string; caption: string; emptyText: string; rows: LayerSeriesRow[] } | null;
  schedule: { heading: string; rows: { announced: string; due: string; sourceId: string }[] } | null;
}

export interface ShapeLayersInput {
  layers: readonly MapLayer[];
  observations: readonly Observation[];
  locale: string;
  t: Translate;
  fact: (id: string, owner: string) => FactView;
}

export function shapeLayers({ layers, observations, locale, t, fact }: ShapeLayersInput): MapLayerView[] {
  return layers.map((l) => {
    if (!(MAP_LAYER_IDS as readonly string[]).includes(l.id)) throw new Error(`map layer "${l.id}" has no address key (lib/map/layerState.ts)`);
    const m = (key: string, values?: Record<string, string | number>) => t(`map.layers.${l.id}.${key}`, values);
    const name = m('name');
    const tag = t(l.status === 'planned' ? 'map.layers.plannedTag' : 'map.layers.approximateTag');
    const operators = l.operators.join(', ');
    return {
      id: l.id as MapLayerId,
      kind: l.kind,
      status: l.status,
      name,
      tag,
      legendText: m('legend'),
      latLngs: l.geometry.map((line) => line.map(([lon, lat]) => [lat, lon] as LatLng)),
      statusLabel: t(`map.statuses.${l.status}`),
      accuracyLabel: t(`map.accuracy.${l.geometryAccuracy}`),
      operators: l.otherOperators ? t('map.layers.otherOperators', { list: operators }) : operators,
      facts: l.facts.map((id) => fact(id, l.id)),
      series: l.series
        ? {
            heading: m('seriesHeading'),
            caption: t('map.layers.seriesCaption'),
            emptyText: t('map.volumes.none'),
            rows: observations
              .filter((o) => o.indicator === l.series)
              .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
              .map((o) => ({
                observationId: o.id,
                period: o.period,
                value: o.value,
                valueText: formatObservationValue(o, locale, t),
                reporterLabel: t(`reporters.${o.reporter}`),
                sourceId: o.sourceId,
              })),
          }
        : null,
      schedule:
        l.schedule.length > 0
          ? {
              heading: t('map.layers.scheduleHeading'),
              rows: l.schedule.map((p) => ({ announced: formatDate(p.announced, locale), due: formatDue(p.due, t), sourceId: p.sourceId })),
            }
          : null,
    };
  });
}

/** "end of 2021", "Q3 2026" in the page's language. */
export function formatDue(due: string, t: Translate): string {
  const [year, quarter] = due.split('-Q');
  return quarter ? t('map.layers.dueQuarter', { year: year!, quarter: Number(quarter) }) : t('map.layers.dueEnd', { year: year! });
}
