import type { Translate } from '@/lib/observations';
import type { DeckLabels } from './deck/types';

const CHOOSER = ['heading', 'include', 'moveUp', 'moveDown', 'reporters', 'from', 'to', 'all', 'apply', 'reset', 'close', 'copy', 'copied', 'empty'] as const;
const PRESENTER = ['heading', 'current', 'next', 'end', 'notes', 'timer', 'start', 'pause', 'reset', 'clock', 'following'] as const;

function pick<K extends string>(keys: readonly K[], read: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, read(k)])) as Record<K, string>;
}

/** The deck's texts in one language, taken from messages/<locale>/present.json on the server. */
export function deckLabels(t: Translate): DeckLabels {
  // Placeholders such as {n}, {total} and {slide} are filled in on the client.
  const raw = (key: string) => t(key, { n: '{n}', total: '{total}', slide: '{slide}' });
  return {
    deck: t('present.deckLabel'),
    slideOf: raw('present.slideOf'),
    prev: t('present.prev'),
    next: t('present.next'),
    fullscreen: t('present.fullscreen'),
    exitFullscreen: t('present.exitFullscreen'),
    presenter: t('present.presenter'),
    black: t('present.black'),
    choose: t('present.choose'),
    print: t('present.print'),
    pptx: t('present.pptx'),
    pptxBusy: t('present.pptxBusy'),
    pptxFailed: t('present.pptxFailed'),
    blackNotice: t('present.blackNotice'),
    help: t('present.help'),
    backToDashboard: t('present.backToDashboard'),
    chooser: pick(CHOOSER, (k) => raw(`present.chooser.${k}`)),
    presenterView: pick(PRESENTER, (k) => t(`present.presenterView.${k}`)),
  };
}
