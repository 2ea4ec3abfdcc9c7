/**
 * How long each leg of the route is, three ways: the length the data states (`lengthKm`, official
 * or computed), the straight great-circle line between its end nodes, and the line drawn on the map
 * (`geometry`, summed great-circle distances). `checkSegmentLength` says whether they agree within
 * the tolerances below, so a wrong length or a wrong geometry in data/ fails a test.
 */
import type { RouteNode, RouteSegment } from '../../data/schema';
import { greatCircleKm, polylineKm, type LonLat } from '../geo';

/**
 * Traced geometry against an official length: at most 10% apart. A trace digitised at map scale
 * cuts the corners of every bend the buried pipe makes, so it comes out shorter than the surveyed
 * length (BTC: the GEM trace measures about 1,653 km against bp's 1,768 km, 6.5% short). A gap
 * above 10% would mean the wrong trace or the wrong length (e.g. one country's section only).
 */
export const TRACED_LENGTH_TOLERANCE = 0.1;

/**
 * A computed length is the great-circle distance between the end nodes, rounded to whole km; it
 * may differ from the nodes' own great-circle distance by rounding (0.5 km) plus the small moves
 * of a node noted in data/route.ts (Sangachal: 40.201 vs 40.198 N, 0.3 km): 1.5 km in all.
 */
export const COMPUTED_LENGTH_TOLERANCE_KM = 1.5;

/**
 * An approximate line drawn by us may bend around coasts and bays but must stay plausible: no
 * shorter than the straight line and at most 35% longer (the tanker lane rounds the Absheron
 * peninsula: about 512 km against 404 km, +27%).
 */
export const APPROXIMATE_MAX_DETOUR = 1.35;

/** A leg's lengths, km. */
export interface SegmentLengths {
  segmentId: string;
  /** `lengthKm` from the data. */
  statedKm: number;
  /** Whether `statedKm` is computed (great-circle between the end nodes) or official. */
  basis: 'computed' | 'official';
  /** Great-circle distance between the `from` and `to` nodes. */
  endToEndKm: number;
  /** Length of the drawn geometry (summed great-circle distances between its points). */
  drawnKm: number;
}

export type LengthCheck = { ok: true } | { ok: false; reason: string };

type NodePoint = Pick<RouteNode, 'id' | 'lat' | 'lon'>;
type SegmentInput = Pick<RouteSegment, 'id' | 'from' | 'to' | 'lengthKm' | 'lengthComputed' | 'geometry'>;

/** Measures a leg; throws when one of its end nodes is missing (validation catches that first). */
export function measureSegment(segment: SegmentInput, nodes: readonly NodePoint[]): SegmentLengths {
  const point = (id: string): LonLat => {
    const n = nodes.find((x) => x.id === id);
    if (!n) throw new Error(`segment "${segment.id}": unknown node "${id}"`);
    return [n.lon, n.lat];
  };
  return {
    segmentId: segment.id,
    statedKm: segment.lengthKm,
    basis: segment.lengthComputed ? 'computed' : 'official',
    endToEndKm: greatCircleKm(point(segment.from), point(segment.to)),
    drawnKm: polylineKm(segment.geometry),
  };
}

/** Checks a leg's lengths against the tolerances above; the reason names the numbers. */
export function checkSegmentLength(l: SegmentLengths, accuracy: RouteSegment['geometryAccuracy']): LengthCheck {
  const km = (v: number) => `${v.toFixed(1)} km`;
  if (l.basis === 'computed' && Math.abs(l.statedKm - l.endToEndKm) > COMPUTED_LENGTH_TOLERANCE_KM) {
    return { ok: false, reason: `${l.segmentId}: computed length ${km(l.statedKm)} is not the great-circle distance between its nodes (${km(l.endToEndKm)})` };
  }
  if (accuracy === 'traced') {
    const gap = Math.abs(l.drawnKm - l.statedKm) / l.statedKm;
    if (gap > TRACED_LENGTH_TOLERANCE) {
      return { ok: false, reason: `${l.segmentId}: traced line ${km(l.drawnKm)} is ${(gap * 100).toFixed(1)}% from the stated ${km(l.statedKm)} (tolerance ${TRACED_LENGTH_TOLERANCE * 100}%)` };
    }
    return { ok: true };
  }
  if (l.drawnKm < l.endToEndKm - COMPUTED_LENGTH_TOLERANCE_KM || l.drawnKm > l.endToEndKm * APPROXIMATE_MAX_DETOUR) {
    return { ok: false, reason: `${l.segmentId}: approximate line ${km(l.drawnKm)} is not between the straight line ${km(l.endToEndKm)} and ${APPROXIMATE_MAX_DETOUR} times it` };
  }
  return { ok: true };
}
