/** The timeline: the milestones of the relationship in date order (it reads no figures). */
import type { ChartModule, ChartData } from '../module';
import { TIMELINE_MIN_GAP } from '../style';
import type { ChartFilter } from '../types';
import { timelineParts, timelineSlides } from './parts';
import { timelineDefinition } from './definition';
import { shapeTimeline, type TimelineShape } from './shape';
import { buildTimelineView, type TimelineView } from './view';

export const timelineChart: ChartModule<'timeline', TimelineShape, TimelineView> & { parts: typeof timelineParts; slides: typeof timelineSlides } = {
  id: 'timeline',
  definition: timelineDefinition,
  indicators: [],
  readsMilestones: true,
  slideOptions: { reporters: false, years: false },
  parts: timelineParts,
  slides: timelineSlides,
  exportRows: { kind: 'milestones' },
  // Every milestone in the years, whatever the room between markers (the drawing spaces them).
  shape: (data: ChartData, filter: ChartFilter) => shapeTimeline({ milestones: data.milestones, range: filter.range, minGap: 0 }),
  yearsOf: (s) => s.items.map((i) => i.year),
  drawnIds: (s) => new Set(s.items.map((i) => i.id)),
  buildView: (data, ctx) => buildTimelineView(shapeTimeline({ milestones: data.milestones, range: ctx.filter.range, minGap: TIMELINE_MIN_GAP }), ctx),
};
