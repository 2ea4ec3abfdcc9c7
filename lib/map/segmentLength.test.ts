import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../data/index';
import { loadDataset } from '../validate';
import { APPROXIMATE_MAX_DETOUR, TRACED_LENGTH_TOLERANCE, checkSegmentLength, measureSegment } from './segmentLength';

const { routeNodes, routeSegments } = loadDataset(DATA_FILES);

describe('segment lengths: data against geometry (great-circle)', () => {
  it('every leg agrees with its geometry within the stated tolerance', () => {
    const bad = routeSegments
      .map((s) => checkSegmentLength(measureSegment(s, routeNodes), s.geometryAccuracy))
      .flatMap((c) => (c.ok ? [] : [c.reason]));
    expect(bad).toEqual([]);
  });

  it('the traced BTC line measures about 1,653 km against the official 1,768 km', () => {
    const btc = routeSegments.find((s) => s.mode === 'pipeline')!;
    const l = measureSegment(btc, routeNodes);
    expect(l.basis).toBe('official');
    expect(l.statedKm).toBe(1768);
    expect(Math.round(l.drawnKm)).toBe(1653);
    // Its ends are the terminals: the straight line is far shorter than the pipe.
    expect(l.endToEndKm).toBeLessThan(l.drawnKm);
  });

  it('computed lengths are the great-circle distance between the end nodes', () => {
    for (const s of routeSegments.filter((x) => x.lengthComputed)) {
      const l = measureSegment(s, routeNodes);
      expect(Math.abs(l.statedKm - l.endToEndKm), s.id).toBeLessThanOrEqual(1.5);
    }
  });

  it('fails a traced line that is too short for its official length', () => {
    const l = { segmentId: 'x', statedKm: 1768, basis: 'official' as const, endToEndKm: 1000, drawnKm: 1768 * (1 - TRACED_LENGTH_TOLERANCE) - 1 };
    const r = checkSegmentLength(l, 'traced');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/x: traced line .* from the stated 1768\.0 km/);
  });

  it('fails a computed length that is not the distance between the nodes', () => {
    const r = checkSegmentLength({ segmentId: 'y', statedKm: 350, basis: 'computed', endToEndKm: 330.7, drawnKm: 359 }, 'approximate');
    expect(r).toEqual({ ok: false, reason: 'y: computed length 350.0 km is not the great-circle distance between its nodes (330.7 km)' });
  });

  it('fails an approximate line that wanders too far', () => {
    const r = checkSegmentLength({ segmentId: 'z', statedKm: 404, basis: 'computed', endToEndKm: 404, drawnKm: 404 * APPROXIMATE_MAX_DETOUR + 1 }, 'approximate');
    expect(r.ok).toBe(false);
  });

  it('throws on a segment whose node is missing', () => {
    expect(() => measureSegment({ id: 's', from: 'a', to: 'b', lengthKm: 1, lengthComputed: true, geometry: [[0, 0], [1, 1]] }, [])).toThrow('segment "s": unknown node "a"');
  });
});
