import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_MODULES } from '../charts/registry';
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

  it('defines every slide, each chart slide from its chart’s module', () => {
    expect(SLIDE_IDS.filter((id) => SLIDE_DEFINITIONS[id] === undefined)).toEqual([]);
    const chartSlides = CHART_IDS.flatMap((chart) => CHART_MODULES[chart].slides.map((s) => s.id));
    expect(chartSlides.filter((id) => !(SLIDE_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(SLIDE_IDS.filter((id) => SLIDE_DEFINITIONS[id].kind === 'chart')).toEqual(expect.arrayContaining(chartSlides));
    expect(SLIDE_IDS.filter((id) => SLIDE_DEFINITIONS[id].kind === 'chart').length).toBe(chartSlides.length);
  });

  it('keeps what each chart slide draws', () => {
    const drawn = SLIDE_IDS.flatMap((id) => {
      const d = SLIDE_DEFINITIONS[id];
      return d.kind === 'chart' ? [`${id}: ${JSON.stringify(d)}`] : [];
    });
    expect(drawn).toEqual([
      'trade-years: {"kind":"chart","chart":"trade-turnover","panel":"years"}',
      'trade-part-years: {"kind":"chart","chart":"trade-turnover","panel":"partYears"}',
      'trade-gap: {"kind":"chart","chart":"trade-turnover","panel":"gap"}',
      'investment-az-to-kz: {"kind":"chart","chart":"investment-flows","panel":"azToKz"}',
      'investment-kz-to-az: {"kind":"chart","chart":"investment-flows","panel":"kzToAz"}',
      'investment-companies: {"kind":"chart","chart":"investment-flows","panel":"companies"}',
      'oil-annual: {"kind":"chart","chart":"oil-volumes","panel":"annual"}',
      'oil-running: {"kind":"chart","chart":"oil-volumes","panel":"running"}',
      'corridor-tonnes: {"kind":"chart","chart":"middle-corridor","panel":"tonnes"}',
      'corridor-teu: {"kind":"chart","chart":"middle-corridor","panel":"teu"}',
      'timeline-1: {"kind":"chart","chart":"timeline","panel":"milestones","page":1,"pages":3}',
      'timeline-2: {"kind":"chart","chart":"timeline","panel":"milestones","page":2,"pages":3}',
      'timeline-3: {"kind":"chart","chart":"timeline","panel":"milestones","page":3,"pages":3}',
    ]);
  });

  it('the timeline pages are all there, numbered 1..n', () => {
    const pages = SLIDE_IDS.map((id) => SLIDE_DEFINITIONS[id]).filter((d) => d.kind === 'chart' && d.chart === 'timeline');
    expect(pages.map((d) => (d.kind === 'chart' && d.chart === 'timeline' ? `${d.page}/${d.pages}` : ''))).toEqual(['1/3', '2/3', '3/3']);
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
