'use client';

import dynamic from 'next/dynamic';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { DrawGate } from '@/components/ui/DrawGate';
import { applyAction, type DeckAction, type DeckState, type SlideId } from '@/lib/present/deck';
import { fillTemplate } from '@/lib/present/template';
import { useChartsWithData } from '@/components/charts/ChartsProvider';
import { SlideOptionsProvider } from './SlideOptionsContext';
import { useDeckUrl } from './useDeckUrl';
import { useDeckSync } from './useDeckSync';
import { DeckSlides } from './deck/DeckSlides';
import { DeckToolbar } from './deck/DeckToolbar';
import { useDeckKeys } from './deck/useDeckKeys';
import { useDrawAhead } from './deck/useDrawAhead';
import { useFullscreen } from './deck/useFullscreen';
import { useIdle } from './deck/useIdle';
import { usePptxDownload } from './deck/usePptxDownload';
import { usePrintAll } from './deck/usePrintAll';
import { useSwipe } from './deck/useSwipe';
import type { DeckLabels, SlideMeta } from './deck/types';
import styles from './Deck.module.css';

export type { DeckLabels, SlideMeta } from './deck/types';

// Loaded on use: the chooser when opened, the presenter view in the presenter's window only.
const SlideChooser = dynamic(() => import('./SlideChooser').then((m) => m.SlideChooser), { ssr: false });
const PresenterView = dynamic(() => import('./PresenterView').then((m) => m.PresenterView), { ssr: false });

interface Props {
  locale: string;
  slides: readonly SlideMeta[];
  /** Server-rendered content of each slide. */
  contents: Partial<Record<SlideId, ReactNode>>;
  labels: DeckLabels;
  years: { min: number; max: number };
}

const IDLE_MS = 2500;

/**
 * The presentation: one slide at a time on a scaled stage, driven by clicker keys, swipes and the
 * toolbar; state in the URL; black screen; full screen; presenter window kept in step over a
 * BroadcastChannel. Without scripts (and in print) every slide of the deck is shown in order.
 */
export function Deck({ locale, slides, contents, labels, years }: Props) {
  const { state, setState, hydrated, search } = useDeckUrl();
  const [black, setBlack] = useState(false);
  const fullscreen = useFullscreen();
  const idle = useIdle(IDLE_MS);
  const [chooserOpen, setChooserOpen] = useState(false);
  const charts = useChartsWithData();
  const root = useRef<HTMLDivElement>(null);
  // Charts and the map draw on the current slide at once and on its neighbours in idle time, one
  // slide at a time (useDrawAhead); the others when they become neighbours, or all at once before
  // printing (usePrintAll; the .pptx draws its own charts and pictures).
  const { drawAll, print } = usePrintAll(root);
  const ahead = useDrawAhead(state.index, state.slides.length, root);
  // Slides that have been current or next to it: the others were never drawn and are not laid out
  // either (data-far, content-visibility: hidden), which saves most of the deck's first layout.
  const [reached, setReached] = useState<ReadonlySet<number>>(() => new Set());
  const around = [state.index - 1, state.index, state.index + 1];
  if (!around.every((i) => reached.has(i))) setReached(new Set([...reached, ...around]));
  const presenter = new URLSearchParams(search).get('view') === 'presenter';
  const meta = new Map(slides.map((s) => [s.id, s]));
  const current = state.slides[state.index]!;
  const nextSlide = state.slides[state.index + 1];
  const pptx = usePptxDownload({ root, state, meta, locale, title: labels.deck, data: charts.data, bounds: charts.bounds });

  useDeckSync({
    state,
    black,
    onRemote: useCallback(
      (remote: DeckState, remoteBlack: boolean) => {
        setState(remote);
        setBlack(remoteBlack);
      },
      [setState],
    ),
  });

  const run = useCallback(
    (action: DeckAction) => {
      if (action === 'black') {
        setBlack((b) => !b);
        return;
      }
      if (action === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void root.current?.requestFullscreen?.();
        return;
      }
      if (action === 'presenter') {
        const url = new URL(window.location.href);
        url.searchParams.set('view', 'presenter');
        window.open(url.toString(), 'azkz-presenter', 'popup,width=1280,height=800');
        return;
      }
      setBlack(false);
      setState(applyAction(state, action));
    },
    [setState, state],
  );
  useDeckKeys({ black, presenter, onUnblack: useCallback(() => setBlack(false), []), run });
  const swipe = useSwipe(run);

  const slideOf = fillTemplate(labels.slideOf, { n: state.index + 1, total: state.slides.length });

  if (hydrated && presenter) {
    return (
      <PresenterView
        labels={labels.presenterView}
        slideOf={slideOf}
        current={{ meta: meta.get(current.id)!, content: <SlideOptionsProvider options={current.options}>{contents[current.id]}</SlideOptionsProvider> }}
        next={nextSlide ? { meta: meta.get(nextSlide.id)!, content: <SlideOptionsProvider options={nextSlide.options}>{contents[nextSlide.id]}</SlideOptionsProvider> } : null}
        onPrev={() => run('prev')}
        onNext={() => run('next')}
        navLabels={{ prev: labels.prev, next: labels.next, black: labels.black }}
        onBlack={() => run('black')}
        black={black}
      />
    );
  }

  const gateFor = (position: number | undefined): DrawGate => (drawAll || position === state.index || (position !== undefined && ahead.has(position)) ? 'now' : 'hold');
  return (
    <div ref={root} className={styles.deck} data-mode={hydrated ? 'live' : 'static'} data-idle={idle && !chooserOpen ? 'true' : undefined} data-testid="deck" data-slide-index={state.index} {...swipe}>
      <h1 className="visually-hidden">{labels.deck}</h1>
      <DeckSlides slides={slides} contents={contents} state={state} hydrated={hydrated} slideOf={slideOf} gateFor={gateFor} reached={reached} />
      {black ? (
        <div className={styles.black} data-testid="black-screen" role="status" onClick={() => setBlack(false)}>
          <span className="visually-hidden">{labels.blackNotice}</span>
        </div>
      ) : null}
      <DeckToolbar
        locale={locale}
        labels={labels}
        slideOf={slideOf}
        index={state.index}
        count={state.slides.length}
        fullscreen={fullscreen}
        black={black}
        pptxStatus={pptx.status}
        run={run}
        onChoose={() => setChooserOpen(true)}
        onPrint={() => void print()}
        onPptx={() => void pptx.download()}
      />
      {chooserOpen ? (
        <SlideChooser
          labels={labels.chooser}
          slides={slides}
          state={state}
          years={years}
          onApply={(next) => {
            setState(next);
            setChooserOpen(false);
          }}
          onClose={() => setChooserOpen(false)}
        />
      ) : null}
    </div>
  );
}
