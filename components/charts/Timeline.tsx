'use client';

import { useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { TimelineView } from '@/lib/charts/timeline/view';
import { CHART_HEIGHTS, MILESTONE_STYLES, measureTimelineHeight } from '@/lib/charts/style';
import styles from './Timeline.module.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Milestones on a time axis. Plain HTML (rendered in the static page, no chart library): an
 * ordered list of buttons in date order, placed along the axis on wide screens and shown as a
 * dated list on narrow ones. One button is in the tab order (roving tabindex); arrow keys move
 * between them, Home/End jump to the ends, and the focused or hovered milestone's date and title
 * are shown under the axis. `forExport` (images) lists every milestone under the axis instead and
 * leaves out the keyboard hint.
 */
export function Timeline({ view, forExport = false }: { view: TimelineView; forExport?: boolean }) {
  const { markers, ticks, lanes, groups, instructions, listLabel } = view.chart;
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const instructionsId = useId();
  const current = markers[Math.min(active, markers.length - 1)];

  const move = (index: number) => {
    const next = (index + markers.length) % markers.length;
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (NEXT_KEYS.has(event.key)) move(index + 1);
    else if (PREVIOUS_KEYS.has(event.key)) move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(markers.length - 1);
    else return;
    event.preventDefault();
  };

  const stripStyle = {
    '--strip-h': `${measureTimelineHeight(lanes)}px`,
    '--lane-h': `${CHART_HEIGHTS.timelineLane}px`,
    '--axis-h': `${CHART_HEIGHTS.timelineAxis}px`,
  } as CSSProperties;

  return (
    <div className={styles.timeline}>
      <ul className={styles.legend}>
        {groups.map((g) => (
          <li key={g.group}>
            <span className={styles.legendMark} data-shape={MILESTONE_STYLES[g.group].shape} style={{ '--mark': MILESTONE_STYLES[g.group].color } as CSSProperties} aria-hidden="true" />
            {g.label}
          </li>
        ))}
      </ul>
      {forExport ? null : (
        <p id={instructionsId} className={styles.instructions}>
          {instructions}
        </p>
      )}
      <div className={styles.scroller}>
        <div className={styles.strip} style={stripStyle} data-testid="timeline-strip">
          <div className={styles.axis} aria-hidden="true">
            {ticks.map((tk) => (
              <span key={tk.year} className={styles.tick} style={{ '--x': tk.x } as CSSProperties}>
                {tk.year}
              </span>
            ))}
          </div>
          <ol className={styles.markers} aria-label={listLabel} aria-describedby={instructionsId}>
            {markers.map((m, i) => (
              <li key={m.id} className={styles.item} style={{ '--x': m.x, '--lane': m.lane, '--mark': MILESTONE_STYLES[m.group].color } as CSSProperties}>
                <button
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  type="button"
                  className={styles.marker}
                  data-shape={MILESTONE_STYLES[m.group].shape}
                  data-active={i === active ? 'true' : undefined}
                  data-testid="timeline-item"
                  data-milestone={m.id}
                  tabIndex={i === active ? 0 : -1}
                  aria-current={i === active ? 'true' : undefined}
                  onFocus={() => setActive(i)}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => setActive(i)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                >
                  <span className={styles.dot} aria-hidden="true" />
                  <span className={styles.text}>
                    <span className={styles.date}>{m.dateLabel}</span>
                    <span className={styles.sep}>: </span>
                    <span className={styles.title}>{m.title}</span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
      {forExport ? (
        <ol className={styles.exportList} data-testid="timeline-export-list">
          {markers.map((m) => (
            <li key={m.id}>
              <span className={styles.detailMark} data-shape={MILESTONE_STYLES[m.group].shape} style={{ '--mark': MILESTONE_STYLES[m.group].color } as CSSProperties} />
              <span className={styles.detailDate}>{m.dateLabel}</span> {m.title}
            </li>
          ))}
        </ol>
      ) : current ? (
        <div className={styles.detail} data-testid="timeline-detail" aria-hidden="true">
          <span className={styles.detailMark} data-shape={MILESTONE_STYLES[current.group].shape} style={{ '--mark': MILESTONE_STYLES[current.group].color } as CSSProperties} />
          <span className={styles.detailDate}>{current.dateLabel}</span>
          <span className={styles.detailTitle}>{current.title}</span>
          <span className={styles.detailKind}>{current.kindLabel}</span>
        </div>
      ) : null}
    </div>
  );
}
