import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../charts/types';
import { isPartPreset, listExportParts, resolveExportPart, TIMELINE_PAGES } from './parts';

describe('export parts', () => {
  it('gives every chart at least one part, each of its own chart, with unique ids', () => {
    const ids = CHART_IDS.flatMap((c) => listExportParts(c).map((p) => {
      expect(p.chart).toBe(c);
      return p.id;
    }));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('pages the milestones', () => {
    const pages = listExportParts('timeline');
    expect(pages).toHaveLength(TIMELINE_PAGES);
    expect(pages.map((p) => (p.chart === 'timeline' ? p.page : 0))).toEqual(Array.from({ length: TIMELINE_PAGES }, (_, i) => i + 1));
  });
  it('falls back to the first part for an unknown id', () => {
    expect(resolveExportPart('trade-turnover', 'trade-part-years').id).toBe('trade-part-years');
    expect(resolveExportPart('trade-turnover', 'oil-annual').id).toBe('trade-years');
    expect(resolveExportPart('oil-volumes', undefined).id).toBe('oil-annual');
  });
  it('splits every fixed size, not the chart as on screen', () => {
    expect(isPartPreset('square')).toBe(true);
    expect(isPartPreset('slide-16x9')).toBe(true);
    expect(isPartPreset('screen')).toBe(false);
  });
});
