/**
 * Static direction marks (chevrons) along a leg: where to put them and which way they point on a
 * north-up Web Mercator map. They show the direction of flow without animation, so they stay when
 * the user prefers reduced motion.
 */
import { greatCircleKm, type LonLat } from '../geo';

/** One chevron: its position (degrees) and its rotation on screen, degrees clockwise from east. */
export interface DirectionMark {
  lat: number;
  lon: number;
  angleDeg: number;
}

/** About one chevron per this many km of line, at least one per leg. */
export const DIRECTION_MARK_SPACING_KM = 260;

/**
 * Chevrons at the middles of equal stretches of the line (1 for a short leg, 7 for BTC), each
 * pointing along the line in the projected (screen) plane.
 */
export function placeDirectionMarks(points: readonly LonLat[], spacingKm = DIRECTION_MARK_SPACING_KM): DirectionMark[] {
  if (points.length < 2) return [];
  const cumulative = [0];
  for (let i = 1; i < points.length; i += 1) cumulative.push(cumulative[i - 1]! + greatCircleKm(points[i - 1]!, points[i]!));
  const total = cumulative.at(-1)!;
  if (total === 0) return [];
  const count = Math.max(1, Math.round(total / spacingKm));
  const marks: DirectionMark[] = [];
  for (let k = 0; k < count; k += 1) {
    const at = ((k + 0.5) / count) * total;
    let i = 1;
    while (i < points.length - 1 && cumulative[i]! < at) i += 1;
    const a = points[i - 1]!;
    const b = points[i]!;
    const span = cumulative[i]! - cumulative[i - 1]!;
    const f = span === 0 ? 0 : (at - cumulative[i - 1]!) / span;
    marks.push({ lon: round(a[0] + (b[0] - a[0]) * f), lat: round(a[1] + (b[1] - a[1]) * f), angleDeg: screenAngle(a, b) });
  }
  return marks;
}

/** Mercator y of a latitude (radians in, unitless out; grows northwards). */
function mercatorY(latDeg: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
}

/** Angle of the a→b direction on a north-up Mercator map, degrees clockwise from east (CSS rotate). */
export function screenAngle(a: LonLat, b: LonLat): number {
  const dx = ((b[0] - a[0]) * Math.PI) / 180;
  const dy = mercatorY(b[1]) - mercatorY(a[1]);
  return Math.round((-Math.atan2(dy, dx) * 180) / Math.PI) + 0; // + 0 turns -0 into 0
}

function round(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}
