import { describe, expect, it } from 'vitest';
import { areaLabelCandidates, boxesOverlap, markerLabelCandidates, placeLabels, type Box } from './labels';

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

describe('boxesOverlap', () => {
  it('is true only when the boxes share area', () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false); // touching edges
    expect(boxesOverlap(box(0, 0), box(0, 20))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(9.6, 0), 0.5)).toBe(false);
  });
});

describe('placeLabels', () => {
  it('takes each label’s first candidate that is free, in order', () => {
    const placed = placeLabels({
      labels: [
        { key: 'a', candidates: [box(0, 0)], optional: false },
        { key: 'b', candidates: [box(5, 0), box(20, 0)], optional: false },
      ],
    });
    expect(placed).toEqual([
      { key: 'a', box: box(0, 0), candidate: 0 },
      { key: 'b', box: box(20, 0), candidate: 1 },
    ]);
  });
  it('avoids obstacles and stays inside the frame', () => {
    const placed = placeLabels({
      labels: [{ key: 'a', candidates: [box(-5, 0), box(0, 0), box(30, 0)], optional: true }],
      obstacles: [box(5, 5)],
      frame: box(0, 0, 100, 100),
    });
    expect(placed[0]!.candidate).toBe(2);
  });
  it('leaves an optional label out when nothing is free; a required one takes the least overlap', () => {
    const placed = placeLabels({
      labels: [
        { key: 'place', candidates: [box(0, 0)], optional: false },
        { key: 'country', candidates: [box(2, 2), box(4, 4)], optional: true },
        { key: 'place2', candidates: [box(1, 1), box(8, 8)], optional: false },
      ],
    });
    expect(placed[1]).toEqual({ key: 'country', box: null, candidate: -1 });
    expect(placed[2]!.candidate).toBe(1);
  });
});

describe('candidates', () => {
  it('a marker’s name: the preferred side first, every side clear of the marker', () => {
    const c = markerLabelCandidates({ x: 100, y: 100, radius: 7, gap: 4, width: 60, height: 18, prefer: 'bottom' });
    expect(c[0]!.side).toBe('bottom');
    expect(c).toHaveLength(8);
    const marker = box(93, 93, 14, 14);
    for (const { side, box: b } of c) expect(boxesOverlap(b, marker), side).toBe(false);
    expect(c.find((s) => s.side === 'right')!.box).toEqual({ x: 111, y: 91, width: 60, height: 18 });
  });
  it('an area’s name: centred on its anchor first, then nudged, nearest first', () => {
    const c = areaLabelCandidates({ x: 100, y: 50, width: 80, height: 20 });
    expect(c[0]).toEqual({ x: 60, y: 40, width: 80, height: 20 });
    expect(c[1]!.x).toBe(60); // up or down before sideways
    expect(new Set(c.map((b) => `${b.x},${b.y}`)).size).toBe(c.length);
  });
});
