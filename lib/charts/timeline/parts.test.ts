import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { pageOf } from '../../present/slides';
import { countTimelinePages, TIMELINE_PAGE_CAPACITY, timelineSlides } from './parts';

describe('timeline pages', () => {
  const count = dataset.milestones.length;
  it('hold every milestone within what a page fits at the type floor (add a page when this fails)', () => {
    const square = countTimelinePages('square');
    const landscape = countTimelinePages('slide-16x9');
    expect(Math.ceil(count / square)).toBeLessThanOrEqual(TIMELINE_PAGE_CAPACITY.square);
    expect(Math.ceil(count / landscape)).toBeLessThanOrEqual(TIMELINE_PAGE_CAPACITY.landscape);
    expect(countTimelinePages('pdf')).toBe(landscape);
  });
  it('has one deck slide per landscape page, and together they show every milestone once', () => {
    const pages = countTimelinePages('slide-16x9');
    expect(timelineSlides.map((s) => [s.page, s.pages])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
    const ids = dataset.milestones.map((m) => m.id);
    expect(timelineSlides.flatMap((s) => pageOf(ids, s.page, s.pages))).toEqual(ids);
  });
});
