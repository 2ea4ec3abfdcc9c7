import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { assignLanes, pickTickYears, shapeTimeline } from './shape';

const real = shapeTimeline({ milestones: dataset.milestones, range: { from: 1992, to: 2026 }, minGap: 0.02 });

describe('shapeTimeline on the dataset', () => {
  it('places every milestone once, in date order, inside the axis', () => {
    expect(real.items.map((i) => i.id).sort()).toEqual(dataset.milestones.map((m) => m.id).sort());
    const xs = real.items.map((i) => i.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('puts the first oil cargo of March 2023 after the 2022 declaration', () => {
    const ids = real.items.map((i) => i.id);
    expect(ids.indexOf('ms-first-oil-loading-aktau')).toBeGreaterThan(ids.indexOf('ms-declaration-2022'));
  });

  it('never lets two markers of one lane come closer than the gap', () => {
    for (let lane = 0; lane < real.lanes; lane++) {
      const xs = real.items.filter((i) => i.lane === lane).map((i) => i.x);
      for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(0.02 - 1e-9);
    }
  });

  it('zooms to the selected years and says when there is nothing', () => {
    const s = shapeTimeline({ milestones: dataset.milestones, range: { from: 2005, to: 2010 }, minGap: 0.02 });
    expect(s.items.map((i) => i.year)).toEqual([2005, 2006, 2006, 2008]);
    expect(s.axis).toMatchObject({ start: 2005, end: 2011 });
    expect(shapeTimeline({ milestones: dataset.milestones, range: { from: 2010, to: 2014 }, minGap: 0.02 }).emptyReason).toBe('no-data-in-range');
  });

  it('rejects misbehaving milestones', () => {
    const s = shapeTimeline({
      milestones: [null, {}, { id: 'x', date: 'soon', kind: 'energy', sourceId: 's' }, { id: 'y', date: '2023-02-30', kind: 'energy', sourceId: 's' }, { id: 'ok', date: '2023', kind: 'energy', sourceId: 's' }],
      range: { from: 2020, to: 2025 },
      minGap: 0.02,
    });
    expect(s.items.map((i) => i.id)).toEqual(['ok']);
    expect(s.rejected).toHaveLength(4);
  });
});

describe('timeline helpers', () => {
  it('picks readable tick years', () => {
    expect(pickTickYears(1992, 2025)).toEqual([1992, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(pickTickYears(2019, 2024)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(pickTickYears(2023, 2023)).toEqual([2023]);
  });

  it('stacks close markers in new lanes and reuses free ones', () => {
    expect(assignLanes([0, 0.01, 0.015, 0.5, 0.505], 0.02)).toEqual([0, 1, 2, 0, 1]);
    expect(assignLanes([], 0.02)).toEqual([]);
  });
});
