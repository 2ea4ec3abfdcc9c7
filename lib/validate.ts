/**
 * Validates the whole dataset and reports every problem at once, each naming the file, the record
 * and the field: `data/trade.ts: record "trade-kz-2023" field "value": must be >= 0`.
 * Used by the unit tests and by scripts/build-data.ts, which stops the build on any error.
 */
import type { z } from 'zod';
import {
  mapLayerSchema,
  milestoneSchema,
  observationSchema,
  routeNodeSchema,
  SCOPED_INDICATORS,
  routeSegmentSchema,
  sourceSchema,
  type MapLayer,
  type Milestone,
  type Observation,
  type RouteNode,
  type RouteSegment,
  type Source,
} from '../data/schema';
import { greatCircleKm } from './geo';
import { BASEMAP_BBOX, insideBbox } from './map/bbox';

export type DataKind = 'sources' | 'observations' | 'milestones' | 'routeNodes' | 'routeSegments' | 'mapLayers';

/** One data module as listed in data/index.ts. */
export interface DataFile {
  /** Path shown in error messages, e.g. `data/trade.ts`. */
  file: string;
  kind: DataKind;
  records: readonly unknown[];
}

export interface Dataset {
  sources: Source[];
  observations: Observation[];
  milestones: Milestone[];
  routeNodes: RouteNode[];
  routeSegments: RouteSegment[];
  /** Off-route context layers on the map (container line, planned cable). */
  mapLayers: MapLayer[];
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

const SCHEMAS: Record<DataKind, z.ZodType> = {
  sources: sourceSchema,
  observations: observationSchema,
  milestones: milestoneSchema,
  routeNodes: routeNodeSchema,
  routeSegments: routeSegmentSchema,
  mapLayers: mapLayerSchema,
};

/** The furthest a segment's geometry may start or end from its node, in km. */
export const SEGMENT_ENDPOINT_TOLERANCE_KM = 30;

function describeRecord(record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `record "${id}"` : `record #${index}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.');
}

/** Validates the given files; never throws. */
export function validateDataset(files: readonly DataFile[]): ValidationResult {
  const errors: string[] = [];
  const parsed: Dataset = { sources: [], observations: [], milestones: [], routeNodes: [], routeSegments: [], mapLayers: [] };
  const where = new Map<string, string>(); // id -> "file: record"
  const fileOf = new Map<string, string>();

  for (const { file, kind, records } of files) {
    records.forEach((record, index) => {
      const label = `${file}: ${describeRecord(record, index)}`;
      const result = SCHEMAS[kind].safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          errors.push(`${label} field "${fieldName(issue.path)}": ${issue.message}`);
        }
        return;
      }
      const value = result.data as { id: string };
      const idKey = `${kind === 'sources' ? 'source' : 'record'}:${value.id}`;
      const seen = where.get(idKey);
      if (seen) errors.push(`${label} field "id": duplicate id, also used by ${seen}`);
      where.set(idKey, label);
      fileOf.set(value.id, file);
      (parsed[kind] as unknown[]).push(value);
    });
  }

  const sourceIds = new Set(parsed.sources.map((s) => s.id));
  const recordIds = new Set([...parsed.observations, ...parsed.milestones].map((r) => r.id));
  const nodes = new Map(parsed.routeNodes.map((n) => [n.id, n]));
  const at = (id: string) => `${fileOf.get(id) ?? 'data'}: record "${id}"`;
  const needSource = (id: string, field: string, sourceId: string) => {
    if (!sourceIds.has(sourceId)) errors.push(`${at(id)} field "${field}": unknown source "${sourceId}" (not in data/sources.ts)`);
  };

  for (const o of parsed.observations) {
    needSource(o.id, 'sourceId', o.sourceId);
    if (o.revises !== undefined && !recordIds.has(o.revises)) {
      errors.push(`${at(o.id)} field "revises": unknown record "${o.revises}"`);
    }
    if (o.unit === 'percent' && o.value > 100) errors.push(`${at(o.id)} field "value": a percentage above 100`);
    if (SCOPED_INDICATORS.includes(o.indicator) && o.scope === undefined) {
      errors.push(`${at(o.id)} field "scope": required for "${o.indicator}" (what the figure counts: one of the SCOPES in data/schema.ts)`);
    }
  }
  for (const m of parsed.milestones) needSource(m.id, 'sourceId', m.sourceId);
  for (const n of parsed.routeNodes) {
    needSource(n.id, 'coordSourceId', n.coordSourceId);
    n.facts.forEach((f, i) => {
      if (!recordIds.has(f)) errors.push(`${at(n.id)} field "facts.${i}": unknown record "${f}"`);
    });
  }

  const segments = [...parsed.routeSegments].sort((a, b) => a.order - b.order);
  segments.forEach((s, i) => {
    needSource(s.id, 'lengthSourceId', s.lengthSourceId);
    needSource(s.id, 'geometrySourceId', s.geometrySourceId);
    s.facts.forEach((f, j) => {
      if (!recordIds.has(f)) errors.push(`${at(s.id)} field "facts.${j}": unknown record "${f}"`);
    });
    if (s.order !== i + 1) errors.push(`${at(s.id)} field "order": expected ${i + 1} (orders must run 1, 2, 3... without gaps)`);
    const prev = segments[i - 1];
    if (prev && prev.to !== s.from) errors.push(`${at(s.id)} field "from": "${s.from}" does not continue the previous leg, which ends at "${prev.to}"`);
    for (const [field, nodeId, point] of [
      ['from', s.from, s.geometry[0]],
      ['to', s.to, s.geometry[s.geometry.length - 1]],
    ] as const) {
      const node = nodes.get(nodeId);
      if (!node) {
        errors.push(`${at(s.id)} field "${field}": unknown node "${nodeId}"`);
        continue;
      }
      if (point) {
        const km = greatCircleKm([node.lon, node.lat], point);
        if (km > SEGMENT_ENDPOINT_TOLERANCE_KM) {
          errors.push(`${at(s.id)} field "geometry": ${field === 'from' ? 'first' : 'last'} point is ${Math.round(km)} km from node "${nodeId}" (limit ${SEGMENT_ENDPOINT_TOLERANCE_KM} km)`);
        }
      }
    }
  });

  for (const l of parsed.mapLayers) {
    needSource(l.id, 'geometrySourceId', l.geometrySourceId);
    needSource(l.id, 'operatorsSourceId', l.operatorsSourceId);
    l.schedule.forEach((p, i) => needSource(l.id, `schedule.${i}.sourceId`, p.sourceId));
    l.facts.forEach((f, i) => {
      if (!recordIds.has(f)) errors.push(`${at(l.id)} field "facts.${i}": unknown record "${f}"`);
    });
    l.geometry.forEach((line, i) =>
      line.forEach((point, j) => {
        if (!insideBbox(point, BASEMAP_BBOX)) {
          errors.push(`${at(l.id)} field "geometry.${i}.${j}": point ${point[0]}, ${point[1]} (lon, lat) lies outside the basemap (${BASEMAP_BBOX.join(', ')}: west, south, east, north)`);
        }
      }),
    );
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: parsed };
}

/** Validates and returns the dataset, or throws one error listing every problem. */
export function loadDataset(files: readonly DataFile[]): Dataset {
  const result = validateDataset(files);
  if (!result.ok) {
    throw new Error(`Invalid data (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n  - ${result.errors.join('\n  - ')}`);
  }
  return result.dataset;
}
