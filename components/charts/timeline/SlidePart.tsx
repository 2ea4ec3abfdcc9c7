'use client';

import type { CSSProperties } from 'react';
import type { ChartView } from '@/lib/charts/build';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SlideLayout } from '@/components/present/SlideLayout';
import { pageOf } from '@/lib/present/slides';
import { panelSourceLine } from '@/lib/charts/panelSource';
import { MILESTONE_STYLES } from '@/lib/charts/style';
import styles from '@/components/present/Slides.module.css';

/** A part of the timeline as a slide (see components/present/ChartPartSlide.tsx). */
export function TimelineSlidePart({ view, part, testId }: { view: Extract<ChartView, { id: 'timeline' }>; part: Extract<ChartSlidePart, { chart: 'timeline' }>; testId: string }) {
  const markers = pageOf(view.chart.markers, part.page, part.pages);
  const first = markers[0];
  const last = markers.at(-1);
  const span = first && last ? (first.year === last.year ? String(first.year) : `${first.year} – ${last.year}`) : undefined;
  return (
    <SlideLayout
      title={view.title}
      subtitle={span}
      legend={view.chart.groups.map((g) => ({
        key: g.group,
        swatch: <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[g.group].shape} style={{ '--mark': MILESTONE_STYLES[g.group].color } as CSSProperties} aria-hidden="true" />,
        label: g.label,
      }))}
      source={panelSourceLine(view, part.panel, part)}
      testId={testId}
    >
      <ol className={styles.milestones} aria-label={view.chart.listLabel} data-testid="timeline-slide-list">
        {markers.map((m) => (
          <li key={m.id} data-milestone={m.id}>
            <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[m.group].shape} style={{ '--mark': MILESTONE_STYLES[m.group].color } as CSSProperties} aria-hidden="true" />
            <span className={styles.milestoneDate}>{m.dateLabel}</span>
            <span className={styles.milestoneTitle}>{m.title}</span>
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
}
