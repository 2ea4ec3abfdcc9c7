import { describe, expect, it } from 'vitest';
import { LEGACY_SLIDE_IDS, SLIDE_IDS } from './deck';
import { SLIDE_DEFINITIONS, pageOf, slideFilters } from './slides';

describe('slide definitions', () => {
  it('pages cover every item once, in order, in runs that differ by one at most', () => {
    const items = Array.from({ length: 26 }, (_, i) => i);
    for (const pages of [1, 2, 3, 4, 7]) {
      const runs = Array.from({ length: pages }, (_, i) => pageOf(items, i + 1, pages));
      expect(runs.flat()).toEqual(items);
      const sizes = runs.map((r) => r.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(pageOf([1, 2, 3], 2, 2)).toEqual([3]);
  });

  it('the timeline pages are all there, numbered 1..n', () => {
    const pages = SLIDE_IDS.map((id) => SLIDE_DEFINITIONS[id]).filter((d) => d.kind === 'chart' && d.chart === 'timeline');
    expect(pages.map((d) => (d.kind === 'chart' && d.chart === 'timeline' ? `${d.page}/${d.pages}` : ''))).toEqual(['1/2', '2/2']);
  });

  it('each old chart slide maps to the slides of that chart', () => {
    for (const [old, ids] of Object.entries(LEGACY_SLIDE_IDS)) {
      for (const id of ids) {
        const def = SLIDE_DEFINITIONS[id];
        expect(def.kind === 'chart' ? def.chart : def.kind).toBe(old === 'title' ? (id === 'title' ? 'title' : 'headlines') : old);
      }
    }
  });

  it('filters follow the chart', () => {
    expect(slideFilters('trade-part-years')).toEqual({ reporters: true, years: true });
    expect(slideFilters('oil-running')).toEqual({ reporters: false, years: true });
    expect(slideFilters('timeline-2')).toEqual({ reporters: false, years: false });
    expect(slideFilters('title')).toEqual({ reporters: false, years: false });
  });
});
