'use client';

import type { DeckAction } from '@/lib/present/deck';
import type { DeckLabels } from './types';
import styles from '../Deck.module.css';

/** The deck's progress bar and its toolbar: back to the dashboard, steps, counter, screen modes, chooser, print, .pptx. */
export function DeckToolbar(props: {
  locale: string;
  labels: DeckLabels;
  slideOf: string;
  index: number;
  count: number;
  fullscreen: boolean;
  black: boolean;
  pptxStatus: 'idle' | 'busy' | 'failed';
  run: (action: DeckAction) => void;
  onChoose: () => void;
  onPrint: () => void;
  onPptx: () => void;
}) {
  const { locale, labels, slideOf, index, count, fullscreen, black, pptxStatus, run } = props;
  const progress = count > 1 ? index / (count - 1) : 1;
  return (
    <>
      <div className={styles.progress} aria-hidden="true">
        <div className={styles.progressBar} style={{ transform: `scaleX(${progress})` }} />
      </div>
      <nav className={styles.toolbar} aria-label={labels.deck}>
        <a href={`/${locale}/`} className={styles.toolButton}>
          {labels.backToDashboard}
        </a>
        <button type="button" className={styles.toolButton} onClick={() => run('prev')} disabled={index === 0} aria-label={labels.prev}>
          ←
        </button>
        <span className={styles.counter} data-testid="slide-counter" aria-live="polite">
          {slideOf}
        </span>
        <button type="button" className={styles.toolButton} onClick={() => run('next')} disabled={index === count - 1} aria-label={labels.next}>
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
        <button type="button" className={styles.toolButton} onClick={props.onChoose} aria-haspopup="dialog">
          {labels.choose}
        </button>
        <button type="button" className={styles.toolButton} onClick={props.onPrint}>
          {labels.print}
        </button>
        <button type="button" className={styles.toolButton} onClick={props.onPptx} disabled={pptxStatus === 'busy'} data-testid="download-pptx">
          {pptxStatus === 'busy' ? labels.pptxBusy : labels.pptx}
        </button>
        <span role="status" className={pptxStatus === 'failed' ? styles.counter : 'visually-hidden'}>
          {pptxStatus === 'failed' ? labels.pptxFailed : ''}
        </span>
        <span className="visually-hidden">{labels.help}</span>
      </nav>
    </>
  );
}
