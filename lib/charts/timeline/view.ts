/**
 * The localized view model of the `timeline` chart: markers with their date and title, axis
 * ticks, the table of milestones, source line and description.
 */
import { timelineDefinition } from './definition';
import { describeEmpty, describeFilterNote, describeSourceLine, type ChartViewBase, type ViewContext, type TableModel } from '../viewModel';
import type { MilestoneGroup, TimelineShape } from './shape';
import type { YearRange } from '../types';
import { pageOf } from '../paging';
import { countTimelinePages } from './parts';

export interface TimelineMarker {
  id: string;
  /** Position on the axis (0–1) and row above it. */
  x: number;
  lane: number;
  group: MilestoneGroup;
  dateLabel: string;
  title: string;
  kindLabel: string;
  /** "21 March 2023: First Kazakh oil for BTC loaded at Aktau" (the marker's accessible name). */
  label: string;
  year: number;
}

export interface TimelineView extends ChartViewBase {
  id: 'timeline';
  chart: {
    markers: TimelineMarker[];
    ticks: { year: number; x: number }[];
    lanes: number;
    groups: { group: MilestoneGroup; label: string }[];
    instructions: string;
    listLabel: string;
    /**
     * Each page's own source line (the sources of the milestones it shows), by page count: a slide
     * or fixed-size image of one page cites what it shows, not the whole chart's long list.
     */
    pageSources: Record<number, string[]>;
  };
}

const GROUP_ORDER: readonly MilestoneGroup[] = ['relations', 'energy', 'economy'];

/** "26 milestones from 1992 to 2025, from “…” to “…”." */
export function describeTimeline(markers: readonly TimelineMarker[], ctx: ViewContext): string {
  const first = markers[0];
  const last = markers.at(-1);
  if (!first || !last) return '';
  return ctx.t('charts.timeline.description', {
    count: markers.length,
    first: String(first.year),
    last: String(last.year),
    firstTitle: first.title,
    lastTitle: last.title,
  });
}

/** Builds the whole view model of the timeline in the page's language. */
export function buildTimelineView(shape: TimelineShape, ctx: ViewContext & { bounds: YearRange }): TimelineView {
  const def = timelineDefinition;
  const t = ctx.t;
  const title = t(def.titleKey);
  const publisher = new Map(ctx.sources.map((s) => [s.id, s.publisher]));
  const markers = shape.items.map((item): TimelineMarker => {
    const dateLabel = ctx.format.date(item.date, 'long');
    const itemTitle = t(`data.milestones.${item.id}`);
    return {
      id: item.id,
      x: item.x,
      lane: item.lane,
      group: item.group,
      dateLabel,
      title: itemTitle,
      kindLabel: t(`charts.timeline.kinds.${item.kind}`),
      label: t('charts.timeline.itemLabel', { date: dateLabel, title: itemTitle }),
      year: item.year,
    };
  });
  const table: TableModel = {
    key: 'timeline',
    caption: t('charts.common.tableCaption', { title }),
    columns: [
      { key: 'date', label: t('charts.timeline.table.date'), numeric: false },
      { key: 'milestone', label: t('charts.timeline.table.milestone'), numeric: false },
      { key: 'kind', label: t('charts.timeline.table.kind'), numeric: false },
      { key: 'source', label: t('charts.timeline.table.source'), numeric: false },
    ],
    groups: [
      {
        heading: null,
        rows: shape.items.map((item, i) => ({
          key: item.id,
          data: { milestone: item.id },
          cells: [
            { text: markers[i]!.dateLabel, rowHeader: true },
            { text: markers[i]!.title },
            { text: markers[i]!.kindLabel },
            { text: publisher.get(item.sourceId) ?? item.sourceId },
          ],
        })),
      },
    ],
  };
  const groupsPresent = new Set(shape.items.map((i) => i.group));
  return {
    id: 'timeline',
    title,
    subtitle: t(def.subtitleKey),
    unitLabel: t(def.unitKey),
    description: describeTimeline(markers, ctx),
    sourceLine: describeSourceLine(shape.sourceIds, null, ctx),
    notes: [t(def.notesKey)],
    empty: describeEmpty(shape.emptyReason, ctx),
    tables: shape.emptyReason ? [] : [table],
    filterNote: describeFilterNote(ctx, ctx.bounds, def.filters.includes('reporters')),
    chart: {
      markers,
      ticks: shape.axis.ticks,
      lanes: shape.lanes,
      groups: GROUP_ORDER.filter((g) => groupsPresent.has(g)).map((group) => ({ group, label: t(`charts.timeline.groups.${group}`) })),
      instructions: t('charts.timeline.instructions'),
      pageSources: Object.fromEntries(
        [...new Set([countTimelinePages('slide-16x9'), countTimelinePages('square')])].map((pages) => [
          pages,
          Array.from({ length: pages }, (_, i) => describeSourceLine([...new Set(pageOf(shape.items, i + 1, pages).map((item) => item.sourceId))], null, ctx)),
        ]),
      ),
      listLabel: t('charts.timeline.listLabel'),
    },
  };
}
