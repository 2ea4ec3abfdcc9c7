/**
 * The deck's slide list in the page's language: names and speaker notes (figures resolved from the
 * dataset).
 */
import type { Observation } from '../../data/schema';
import { speakerNotes } from '../../data/speakerNotes';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../observations';
import { SLIDE_IDS, type SlideId } from './deck';
import { resolveNote } from './notes';

export interface SlideMetaModel {
  id: SlideId;
  label: string;
  notes: string;
}

export function buildSlideMeta(args: { observations: readonly Observation[]; locale: Locale; t: Translate }): SlideMetaModel[] {
  return SLIDE_IDS.map((id) => ({
    id,
    label: args.t(`present.slides.${id}`),
    notes: resolveNote({ text: speakerNotes[id][args.locale], observations: args.observations, locale: args.locale, t: args.t }),
  }));
}
