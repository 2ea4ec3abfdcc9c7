'use client';

import { memo, Suspense, useRef, type ReactNode } from 'react';
import { DrawGateContext, type DrawGate } from '@/components/ui/DrawGate';
import type { DeckState, SlideId, SlideOptions } from '@/lib/present/deck';
import { SlideStage } from '../SlideStage';
import { SlideOptionsProvider } from '../SlideOptionsContext';
import { POSITION_ATTR } from './useDrawAhead';
import { useStageFit } from './useStageFit';
import type { SlideMeta } from './types';
import styles from '../Deck.module.css';

const NO_OPTIONS: SlideOptions = {};

/**
 * Every slide of the page, stacked; those in the deck in its order, only the current one visible.
 * Slides never current nor next to it are not laid out (`data-far`). Each slide's content is its
 * own Suspense boundary and memoised: React hydrates the deck's frame first and each slide later,
 * in short slices, and a slide whose gate and options stay the same is not rendered again.
 */
export function DeckSlides(props: {
  slides: readonly SlideMeta[];
  contents: Partial<Record<SlideId, ReactNode>>;
  state: DeckState;
  hydrated: boolean;
  slideOf: string;
  gateFor: (position: number | undefined) => DrawGate;
  reached: ReadonlySet<number>;
}) {
  const { slides, contents, state, hydrated, slideOf, gateFor, reached } = props;
  const box = useRef<HTMLDivElement>(null);
  useStageFit(box);
  const order = new Map(state.slides.map((s, i) => [s.id, i]));
  return (
    <div ref={box} className={styles.slides} aria-live="polite">
      {slides.map((s) => {
        const position = order.get(s.id);
        const inDeck = position !== undefined;
        const isCurrent = inDeck && position === state.index;
        const gate = gateFor(position);
        return (
          <section
            key={s.id}
            className={styles.slideFrame}
            data-testid={`slide-${s.id}`}
            data-current={isCurrent ? 'true' : undefined}
            data-in-deck={inDeck ? 'true' : 'false'}
            data-far={gate === 'hold' && !reached.has(position ?? -1) ? 'true' : undefined}
            {...{ [POSITION_ATTR]: position }}
            style={{ order: position ?? 99 }}
            aria-roledescription="slide"
            aria-label={`${s.label}${isCurrent ? ` — ${slideOf}` : ''}`}
            // Slides off screen stay laid out (invisible, inert), so their charts and map are
            // drawn at full size before they are shown (see useDrawAhead).
            aria-hidden={hydrated && !isCurrent ? true : undefined}
            inert={hydrated && !isCurrent ? true : undefined}
          >
            <SlideBody gate={gate} options={state.slides[position ?? -1]?.options ?? NO_OPTIONS} content={contents[s.id]} />
          </section>
        );
      })}
    </div>
  );
}

/** A slide's stage and content, under its draw gate and options (see DeckSlides). */
const SlideBody = memo(function SlideBody({ gate, options, content }: { gate: DrawGate; options: SlideOptions; content: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <SlideStage fit={false}>
        <DrawGateContext.Provider value={gate}>
          <SlideOptionsProvider options={options}>{content}</SlideOptionsProvider>
        </DrawGateContext.Provider>
      </SlideStage>
    </Suspense>
  );
});
