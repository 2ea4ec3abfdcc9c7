'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { DrawGateContext, waitForDrawings, type DrawGate } from '@/components/ui/DrawGate';
import { actionForKey, actionForSwipe, applyAction, type DeckAction, type DeckState, type SlideId } from '@/lib/present/deck';
import { useChartsWithData } from '@/components/charts/ChartsProvider';
import { SlideStage } from './SlideStage';
import { SlideChooser, type ChooserLabels } from './SlideChooser';
import { PresenterView, type PresenterLabels } from './PresenterView';
import { SlideOptionsProvider } from './SlideOptionsContext';
import { useDeckUrl } from './useDeckUrl';
import { useDeckSync } from './useDeckSync';
import styles from './Deck.module.css';

export interface SlideMeta {
  id: SlideId;
  /** Short name of the slide (chooser, presenter view, aria). */
  label: string;
  /** Speaker notes, figures already resolved. */
  notes: string;
}

export interface DeckLabels {
  deck: string;
  slideOf: string;
  prev: string;
  next: string;
  fullscreen: string;
  exitFullscreen: string;
  presenter: string;
  black: string;
  choose: string;
  print: string;
  pptx: string;
  pptxBusy: string;
  pptxFailed: string;
  blackNotice: string;
  help: string;
  backToDashboard: string;
  chooser: ChooserLabels;
  presenterView: PresenterLabels;
}

interface Props {
  locale: string;
  slides: readonly SlideMeta[];
  /** Server-rendered content of each slide. */
  contents: Partial<Record<SlideId, ReactNode>>;
  labels: DeckLabels;
  years: { min: number; max: number };
}

const IDLE_MS = 2500;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}

/**
 * The presentation: one slide at a time on a scaled stage, driven by clicker keys, swipes and the
 * toolbar; state in the URL; black screen; full screen; presenter window kept in step over a
 * BroadcastChannel. Without scripts (and in print) every slide of the deck is shown in order.
 */
export function Deck({ locale, slides, contents, labels, years }: Props) {
  const { state, setState, hydrated, search } = useDeckUrl();
  const [black, setBlack] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [idle, setIdle] = useState(false);
  const [chooserOpen, setChooserOpen] = useState(false);
  const [pptxStatus, setPptxStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const charts = useChartsWithData();
  // Charts and the map draw on the current slide at once and on its neighbours once the page is
  // idle (so the next slide is ready when it comes); the others when they become neighbours, or
  // all at once before printing (drawAllSlides; the .pptx draws its own charts and pictures).
  const [drawAll, setDrawAll] = useState(false);
  // Slides that have been current or next to it: the others were never drawn and are not laid out
  // either (data-far, content-visibility: hidden), which saves most of the deck's first layout.
  const [reached, setReached] = useState<ReadonlySet<number>>(() => new Set());
  const around = [state.index - 1, state.index, state.index + 1];
  if (!around.every((i) => reached.has(i))) setReached(new Set([...reached, ...around]));
  const root = useRef<HTMLDivElement>(null);
  const touch = useRef<{ x: number; y: number } | null>(null);
  const presenter = new URLSearchParams(search).get('view') === 'presenter';
  const meta = new Map(slides.map((s) => [s.id, s]));
  const current = state.slides[state.index]!;
  const nextSlide = state.slides[state.index + 1];

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      if (black && e.key !== 'Shift') {
        e.preventDefault();
        setBlack(false);
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      // Space and Enter on a focused button belong to the button.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLElement && e.target.closest('button, a, summary')) return;
      if (presenter && action === 'presenter') return;
      // Arrow keys on a focused map pan it; clicker keys (Page Up/Down) still change slides.
      if (e.key.startsWith('Arrow') && e.target instanceof HTMLElement && e.target.closest('.leaflet-container')) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [black, presenter, run]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('focusin', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('focusin', wake);
    };
  }, []);

  /** Draws every slide's charts and the map, and resolves when they are in (or after a timeout). */
  const drawAllSlides = useCallback(async () => {
    setDrawAll(true);
    await new Promise((r) => window.requestAnimationFrame(r));
    if (root.current) await waitForDrawings(root.current);
  }, []);

  const print = useCallback(async () => {
    await drawAllSlides();
    window.print();
  }, [drawAllSlides]);

  // Printing from the browser's menu announces itself with `beforeprint`: draw every slide at once
  // (best effort: a chart whose code is not loaded yet cannot make it). Ctrl+P / Cmd+P and the
  // Print button wait for every drawing first.
  useEffect(() => {
    const all = () => flushSync(() => setDrawAll(true));
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void print();
      }
    };
    window.addEventListener('beforeprint', all);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeprint', all);
      window.removeEventListener('keydown', onKey);
    };
  }, [print]);

  const downloadPptx = async () => {
    setPptxStatus('busy');
    try {
      const { exportDeckPptx } = await import('./exportDeckPptx');
      const slidesIn = state.slides.map((spec) => ({
        spec,
        frame: root.current?.querySelector<HTMLElement>(`[data-testid="slide-${spec.id}"]`) ?? null,
        notes: meta.get(spec.id)?.notes ?? '',
        label: meta.get(spec.id)?.label ?? spec.id,
      }));
      await exportDeckPptx({ slides: slidesIn, locale, title: labels.deck, data: charts.data, bounds: charts.bounds });
      setPptxStatus('idle');
    } catch {
      setPptxStatus('failed');
    }
  };

  const slideOf = format(labels.slideOf, { n: state.index + 1, total: state.slides.length });
  const progress = state.slides.length > 1 ? state.index / (state.slides.length - 1) : 1;

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

  const order = new Map(state.slides.map((s, i) => [s.id, i]));
  const gateFor = (position: number | undefined): DrawGate => {
    if (drawAll || position === state.index) return 'now';
    return position !== undefined && Math.abs(position - state.index) === 1 ? 'soon' : 'hold';
  };
  return (
    <div
      ref={root}
      className={styles.deck}
      data-mode={hydrated ? 'live' : 'static'}
      data-idle={idle && !chooserOpen ? 'true' : undefined}
      data-testid="deck"
      data-slide-index={state.index}
      onTouchStart={(e) => {
        const t = e.touches[0];
        touch.current = t ? { x: t.clientX, y: t.clientY } : null;
      }}
      onTouchEnd={(e) => {
        const t = e.changedTouches[0];
        const start = touch.current;
        touch.current = null;
        if (!t || !start) return;
        const action = actionForSwipe(t.clientX - start.x, t.clientY - start.y);
        if (action) run(action);
      }}
    >
      <h1 className="visually-hidden">{labels.deck}</h1>
      <div className={styles.slides} aria-live="polite">
        {slides.map((s) => {
          const position = order.get(s.id);
          const inDeck = position !== undefined;
          const isCurrent = inDeck && position === state.index;
          const options = state.slides[position ?? -1]?.options ?? {};
          return (
            <section
              key={s.id}
              className={styles.slideFrame}
              data-testid={`slide-${s.id}`}
              data-current={isCurrent ? 'true' : undefined}
              data-in-deck={inDeck ? 'true' : 'false'}
              data-far={gateFor(position) === 'hold' && !reached.has(position ?? -1) ? 'true' : undefined}
              style={{ order: position ?? 99 }}
              aria-roledescription="slide"
              aria-label={`${s.label}${isCurrent ? ` — ${slideOf}` : ''}`}
              // Slides off screen stay laid out (invisible, inert), so their charts and map are
              // drawn at full size before they are shown (see drawAll).
              aria-hidden={hydrated && !isCurrent ? true : undefined}
              inert={hydrated && !isCurrent ? true : undefined}
            >
              <SlideStage>
                <DrawGateContext.Provider value={gateFor(position)}>
                  <SlideOptionsProvider options={options}>{contents[s.id]}</SlideOptionsProvider>
                </DrawGateContext.Provider>
              </SlideStage>
            </section>
          );
        })}
      </div>
      {black ? (
        <div className={styles.black} data-testid="black-screen" role="status" onClick={() => setBlack(false)}>
          <span className="visually-hidden">{labels.blackNotice}</span>
        </div>
      ) : null}
      <div className={styles.progress} aria-hidden="true">
        <div className={styles.progressBar} style={{ transform: `scaleX(${progress})` }} />
      </div>
      <nav className={styles.toolbar} aria-label={labels.deck}>
        <a href={`/${locale}/`} className={styles.toolButton}>
          {labels.backToDashboard}
        </a>
        <button type="button" className={styles.toolButton} onClick={() => run('prev')} disabled={state.index === 0} aria-label={labels.prev}>
          ←
        </button>
        <span className={styles.counter} data-testid="slide-counter" aria-live="polite">
          {slideOf}
        </span>
        <button type="button" className={styles.toolButton} onClick={() => run('next')} disabled={state.index === state.slides.length - 1} aria-label={labels.next}>
          →
        </button>
        <button type="button" className={styles.toolButton} onClick={() => run('fullscreen')} aria-pressed={fullscreen}>
          {fullscreen ? labels.exitFullscreen : labels.fullscreen}
        </button>
        <button type="button" className={styles.toolButton} onClick={() => run('black')} aria-pressed={black}>
          {labels.black}
        </button>
        <button type="button" className={styles.toolButton} onClick={() => run('presenter')}>
          {labels.presenter}
        </button>
        <button type="button" className={styles.toolButton} onClick={() => setChooserOpen(true)} aria-haspopup="dialog">
          {labels.choose}
        </button>
        <button type="button" className={styles.toolButton} onClick={() => void print()}>
          {labels.print}
        </button>
        <button type="button" className={styles.toolButton} onClick={downloadPptx} disabled={pptxStatus === 'busy'} data-testid="download-pptx">
          {pptxStatus === 'busy' ? labels.pptxBusy : labels.pptx}
        </button>
        <span role="status" className={pptxStatus === 'failed' ? styles.counter : 'visually-hidden'}>
          {pptxStatus === 'failed' ? labels.pptxFailed : ''}
        </span>
        <span className="visually-hidden">{labels.help}</span>
      </nav>
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
