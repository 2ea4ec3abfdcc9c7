'use client';

import type { CSSProperties } from 'react';
import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { pageOf } from '@/lib/present/slides';
import { MILESTONE_STYLES } from '@/lib/charts/style';
import styles from '@/components/export/ExportPart.module.css';

/** What a part of the timeline shows under an export's title. */
export function describeTimelinePart(view: Extract<ChartView, { id: 'timeline' }>, part: Extract<ExportPart, { chart: 'timeline' }>): string {
  const markers = pageOf(view.chart.markers, part.page, part.pages);
  const first = markers[0];
  const last = markers.at(-1);
  return first && last ? (first.year === last.year ? String(first.year) : `${first.year} – ${last.year}`) : view.subtitle;
}

/** A part of the timeline as an image of a fixed size, written at `font` px (see components/export/ExportPart.tsx). */
export function TimelineExportPart({ view, part }: { view: Extract<ChartView, { id: 'timeline' }>; part: Extract<ExportPart, { chart: 'timeline' }>; font: number }) {
  const markers = pageOf(view.chart.markers, part.page, part.pages);
  const mark = (group: keyof typeof MILESTONE_STYLES) => (
    <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[group].shape} style={{ '--mark': MILESTONE_STYLES[group].color } as CSSProperties} aria-hidden="true" />
  );
  return (
    <div className={styles.part} data-export-part="">
      <ul className={styles.legend}>
        {view.chart.groups.map((g) => (
          <li key={g.group}>
            {mark(g.group)}
            {g.label}
          </li>
        ))}
      </ul>
      <ol className={styles.milestones} aria-label={view.chart.listLabel}>
        {markers.map((m) => (
          <li key={m.id} data-milestone={m.id}>
            {mark(m.group)}
            <span className={styles.milestoneDate}>{m.dateLabel}</span>
            <span>{m.title}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
