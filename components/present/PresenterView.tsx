'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { formatElapsed } from '@/lib/present/timer';
import { SlideStage } from './SlideStage';
import type { SlideMeta } from './deck/types';
import styles from './Deck.module.css';

export interface PresenterLabels {
  heading: string;
  current: string;
  next: string;
  end: string;
  notes: string;
  timer: string;
  start: string;
  pause: string;
  reset: string;
  clock: string;
  following: string;
}

interface SlideView {
  meta: SlideMeta;
  content: ReactNode;
}

/**
 * The presenter's window: current and next slide, speaker notes, a timer and the clock. The
 * audience window follows it through the deck's BroadcastChannel (see useDeckSync).
 */
export function PresenterView(props: {
  labels: PresenterLabels;
  slideOf: string;
  current: SlideView;
  next: SlideView | null;
  onPrev: () => void;
  onNext: () => void;
  onBlack: () => void;
  black: boolean;
  navLabels: { prev: string; next: string; black: string };
}) {
  const { labels, current, next } = props;
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = banked + (startedAt === null ? 0 : now - startedAt);

  return (
    <div className={styles.presenter} data-testid="presenter-view">
      <header className={styles.presenterBar}>
        <h1>{labels.heading}</h1>
        <span data-testid="presenter-counter">{props.slideOf}</span>
        <span>
          {labels.timer}: <time data-testid="presenter-timer">{formatElapsed(elapsed)}</time>
        </span>
        <button
          type="button"
          onClick={() => {
            if (startedAt === null) setStartedAt(Date.now());
            else {
              setBanked(elapsed);
              setStartedAt(null);
            }
          }}
        >
          {startedAt === null ? labels.start : labels.pause}
        </button>
        <button
          type="button"
          onClick={() => {
            setBanked(0);
            setStartedAt(startedAt === null ? null : Date.now());
          }}
        >
          {labels.reset}
        </button>
        <span>
          {labels.clock}: <time>{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time>
        </span>
        <button type="button" onClick={props.onPrev} aria-label={props.navLabels.prev}>
          ←
        </button>
        <button type="button" onClick={props.onNext} aria-label={props.navLabels.next}>
          →
        </button>
        <button type="button" onClick={props.onBlack} aria-pressed={props.black}>
          {props.navLabels.black}
        </button>
      </header>
      <p className="visually-hidden">{labels.following}</p>
      <section className={styles.presenterCurrent} aria-label={labels.current} data-testid="presenter-current" data-slide={current.meta.id}>
        <h2>
          {labels.current}: {current.meta.label}
        </h2>
        <SlideStage>{current.content}</SlideStage>
      </section>
      <section className={styles.presenterNext} aria-label={labels.next} data-testid="presenter-next" data-slide={next?.meta.id ?? ''}>
        <h2>{next ? `${labels.next}: ${next.meta.label}` : labels.end}</h2>
        {next ? <SlideStage>{next.content}</SlideStage> : null}
      </section>
      <section className={styles.presenterNotes} aria-label={labels.notes}>
        <h2>{labels.notes}</h2>
        <p data-testid="presenter-notes">{current.meta.notes}</p>
      </section>
    </div>
  );
}
