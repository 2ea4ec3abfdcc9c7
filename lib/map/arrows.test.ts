import { describe, expect, it } from 'vitest';
import { placeDirectionMarks, screenAngle } from './arrows';
import { routeSegments } from '../../data/route';

describe('screenAngle', () => {
  it('gives CSS rotations: east 0, south 90, west 180, north -90', () => {
    expect(screenAngle([0, 0], [1, 0])).toBe(0);
    expect(screenAngle([0, 0], [0, -1])).toBe(90);
    expect(Math.abs(screenAngle([0, 0], [-1, 0]))).toBe(180);
    expect(screenAngle([0, 0], [0, 1])).toBe(-90);
  });
  it('uses the Mercator plane: north-east at 45° N points steeper than 45°', () => {
    expect(screenAngle([50, 45], [51, 46])).toBeLessThan(-45);
  });
});

describe('placeDirectionMarks', () => {
  it('puts one chevron in the middle of a short straight line, pointing along it', () => {
    expect(placeDirectionMarks([[50, 40], [51, 40]], 260)).toEqual([{ lon: 50.5, lat: 40, angleDeg: 0 }]);
  });
  it('spaces chevrons along a long line and keeps them on it', () => {
    const btc = routeSegments.find((s) => s.id === 'sangachal-ceyhan')!;
    const marks = placeDirectionMarks(btc.geometry);
    expect(marks).toHaveLength(6); // 1,653 km / 260 km
    const lons = btc.geometry.map((p) => p[0]);
    for (const m of marks) {
      expect(m.lon).toBeGreaterThanOrEqual(Math.min(...lons));
      expect(m.lon).toBeLessThanOrEqual(Math.max(...lons));
    }
    // BTC runs from the Caspian westwards: the chevrons point west-ish, so the first is east of the last.
    expect(marks[0]!.lon).toBeGreaterThan(marks.at(-1)!.lon);
  });
  it('returns nothing for a degenerate line', () => {
    expect(placeDirectionMarks([[1, 1]])).toEqual([]);
    expect(placeDirectionMarks([[1, 1], [1, 1]])).toEqual([]);
  });
});
