import type { SlideId } from '@/lib/present/deck';
import type { ChooserLabels } from '../SlideChooser';
import type { PresenterLabels } from '../PresenterView';

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
