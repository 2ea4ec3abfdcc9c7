import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../charts/registry';
import { countTimelinePages } from '../charts/timeline/parts';
import { countPartYearPages } from '../charts/trade-turnover/parts';
import { isPartPreset, listExportParts, resolveExportPart, partShownAs } from './parts';
import { SIZE_PRESETS } from './presets';

describe('export parts', () => {
  it('gives every chart at least one part, each of its own chart, with unique ids', () => {
    for (const preset of [...SIZE_PRESETS, 'pdf'] as const) {
      const ids = CHART_IDS.flatMap((c) =>
        listExportParts(c, preset).map((p) => {
          expect(p.chart).toBe(c);
          return p.id;
        }),
      );
      expect(ids.length).toBeGreaterThanOrEqual(CHART_IDS.length);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
  it('pages the milestones, more pages on the square', () => {
    for (const preset of ['square', 'slide-16x9', 'pdf'] as const) {
      const pages = listExportParts('timeline', preset);
      const count = countTimelinePages(preset);
      expect(pages.map((p) => (p.chart === 'timeline' ? `${p.page}/${p.pages}` : ''))).toEqual(Array.from({ length: count }, (_, i) => `${i + 1}/${count}`));
    }
    expect(countTimelinePages('square')).toBeGreaterThan(countTimelinePages('slide-16x9'));
  });
  it('pages the part-year trade on the square only', () => {
    expect(listExportParts('trade-turnover', 'square').map((p) => p.id)).toEqual(['trade-years', 'trade-part-years-1', 'trade-part-years-2', 'trade-gap']);
    expect(listExportParts('trade-turnover', 'pdf').map((p) => p.id)).toEqual(['trade-years', 'trade-part-years', 'trade-gap']);
    expect(countPartYearPages('slide-16x9')).toBe(1);
  });
  it('keeps the part ids that file names and links carry', () => {
    const ids = (preset: 'square' | 'slide-16x9') => CHART_IDS.flatMap((c) => listExportParts(c, preset).map((p) => `${p.chart}/${p.panel}/${p.id}`));
    expect(ids('slide-16x9')).toEqual([
      'trade-turnover/years/trade-years',
      'trade-turnover/partYears/trade-part-years',
      'trade-turnover/gap/trade-gap',
      'investment-flows/kzToAz/investment-kz-to-az',
      'investment-flows/azToKz/investment-az-to-kz',
      'investment-flows/companies/investment-companies',
      'oil-volumes/annual/oil-annual',
      'oil-volumes/running/oil-running',
      'middle-corridor/tonnes/corridor-tonnes',
      'middle-corridor/teu/corridor-teu',
      'timeline/milestones/timeline-1',
      'timeline/milestones/timeline-2',
      'timeline/milestones/timeline-3',
    ]);
    expect(ids('square').filter((id) => /-\d$/.test(id))).toEqual([
      'trade-turnover/partYears/trade-part-years-1',
      'trade-turnover/partYears/trade-part-years-2',
      'timeline/milestones/timeline-1',
      'timeline/milestones/timeline-2',
      'timeline/milestones/timeline-3',
      'timeline/milestones/timeline-4',
    ]);
  });
  it('names the card view that shows a part, where it is not the default (the trade difference)', () => {
    expect(partShownAs(resolveExportPart('trade-turnover', 'trade-gap', 'slide-16x9'))).toEqual({ trade: 'gap' });
    expect(partShownAs(resolveExportPart('trade-turnover', 'trade-years', 'slide-16x9'))).toBeNull();
    expect(CHART_IDS.flatMap((c) => listExportParts(c, 'square')).filter((p) => partShownAs(p) !== null).map((p) => p.id)).toEqual(['trade-gap']);
  });
  it('falls back to the first part for an unknown id', () => {
    expect(resolveExportPart('trade-turnover', 'trade-part-years', 'slide-16x9').id).toBe('trade-part-years');
    // The part-year trade is paged on the square: the whole stands for its first page and back.
    expect(resolveExportPart('trade-turnover', 'trade-part-years', 'square').id).toBe('trade-part-years-1');
    expect(resolveExportPart('trade-turnover', 'trade-part-years-2', 'square').id).toBe('trade-part-years-2');
    expect(resolveExportPart('trade-turnover', 'trade-part-years-2', 'a4-landscape').id).toBe('trade-part-years');
    expect(resolveExportPart('trade-turnover', 'oil-annual', 'square').id).toBe('trade-years');
    expect(resolveExportPart('oil-volumes', undefined, 'slide-4x3').id).toBe('oil-annual');
    // The square's fourth page of milestones does not exist on 16:9: the first page instead.
    expect(resolveExportPart('timeline', 'timeline-4', 'square').id).toBe('timeline-4');
    expect(resolveExportPart('timeline', 'timeline-4', 'slide-16x9').id).toBe('timeline-1');
  });
  it('splits every fixed size, not the chart as on screen', () => {
    expect(isPartPreset('square')).toBe(true);
    expect(isPartPreset('slide-16x9')).toBe(true);
    expect(isPartPreset('screen')).toBe(false);
  });
});
