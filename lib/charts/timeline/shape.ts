/**
 * Shapes the milestones for the `timeline` chart: each milestone placed on a linear time axis
 * spanning the selected years, in date order, with a lane (row) so that markers closer than
 * `minGap` (a fraction of the axis width) do not overlap.
 */
import type { Milestone } from '../../../data/schema';
import { findEmptyReason, isYearInRange, partitionMilestones, dedupeInOrder, type UsableMilestone } from '../rows';
import type { ChartFilter, EmptyReason, RowProblem } from '../types';

/** Milestone kinds drawn alike: relations, the oil route, economy and culture. */
export type MilestoneGroup = 'relations' | 'energy' | 'economy';

const KIND_GROUP: Record<Milestone['kind'], MilestoneGroup> = {
  diplomacy: 'relations',
  treaty: 'relations',
  visit: 'relations',
  institution: 'relations',
  energy: 'energy',
  economy: 'economy',
  culture: 'economy',
};

export interface TimelineItem {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source. */
  date: string;
  kind: Milestone['kind'];
  group: MilestoneGroup;
  sourceId: string;
  year: number;
  /** Position on the axis, 0 = left end, 1 = right end. */
  x: number;
  /** Row of the marker, 0 = on the axis; higher rows sit above it. */
  lane: number;
}

export interface TimelineShape {
  id: 'timeline';
  /** Date order (ties keep the data's order). */
  items: TimelineItem[];
  axis: {
    /** Decimal years at the ends of the axis: 1 Jan of `from`, 1 Jan after `to`. */
    start: number;
    end: number;
    /** Years labelled on the axis with their position (0–1). */
    ticks: { year: number; x: number }[];
  };
  lanes: number;
  sourceIds: string[];
  emptyReason: EmptyReason | null;
  rejected: RowProblem[];
}

export interface TimelineInput extends Pick<ChartFilter, 'range'> {
  milestones: readonly unknown[];
  /** Smallest distance between two markers in one lane, as a fraction of the axis (0–1). */
  minGap: number;
}

/** A date as a decimal year at the middle of what it covers (`1992` -> 1992.5, `2023-03-21` -> 2023.22). */
export function toDecimalYear(m: UsableMilestone): number {
  const start = Date.parse(`${m.parsed.start}T00:00:00Z`);
  const end = Date.parse(`${m.parsed.end}T23:59:59Z`);
  const mid = new Date((start + end) / 2);
  const year = mid.getUTCFullYear();
  const from = Date.UTC(year, 0, 1);
  return year + (mid.getTime() - from) / (Date.UTC(year + 1, 0, 1) - from);
}

/** Tick years: a step of 1, 2, 5 or 10 years that gives at most `maxTicks` labels. */
export function pickTickYears(from: number, to: number, maxTicks = 8): number[] {
  const span = to - from + 1;
  const step = [1, 2, 5, 10].find((s) => Math.ceil(span / s) <= maxTicks) ?? 10;
  const first = Math.ceil(from / step) * step;
  const years: number[] = [];
  for (let y = first; y <= to; y += step) years.push(y);
  if (years[0] !== from && (years[0] ?? Infinity) - from >= step / 2) years.unshift(from);
  return years;
}

/** Assigns each position (sorted ascending) the lowest lane whose last marker is at least `minGap` away. */
export function assignLanes(positions: readonly number[], minGap: number): number[] {
  const laneEnds: number[] = [];
  return positions.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    return lane;
  });
}

/** Shapes the milestones in the selected years. Pure; never throws on bad rows. */
export function shapeTimeline(input: TimelineInput): TimelineShape {
  const { usable, rejected } = partitionMilestones(input.milestones);
  const start = input.range.from;
  const end = input.range.to + 1;
  const placed = usable
    .map((m, order) => ({ m, order, t: toDecimalYear(m) }))
    .filter(({ m }) => isYearInRange(m.parsed.to.year, input))
    .sort((a, b) => a.t - b.t || a.order - b.order);
  const xs = placed.map(({ t }) => (t - start) / (end - start));
  const lanes = assignLanes(xs, input.minGap);
  const items = placed.map(({ m }, i): TimelineItem => ({
    id: m.id,
    date: m.date,
    kind: m.kind,
    group: KIND_GROUP[m.kind] ?? 'economy',
    sourceId: m.sourceId,
    year: m.parsed.to.year,
    x: Number(xs[i]!.toFixed(5)),
    lane: lanes[i]!,
  }));
  return {
    id: 'timeline',
    items,
    axis: {
      start,
      end,
      ticks: pickTickYears(input.range.from, input.range.to).map((year) => ({ year, x: Number(((year - start) / (end - start)).toFixed(5)) })),
    },
    lanes: items.length ? Math.max(...lanes) + 1 : 0,
    sourceIds: dedupeInOrder(items.map((i) => i.sourceId)),
    emptyReason: findEmptyReason({ usable: usable.length, inRange: items.length, shown: items.length }),
    rejected,
  };
}
