/**
 * The deck's slide list in the page's language: names and speaker notes (figures resolved from the
 * dataset), plus the range of years the chooser offers.
 */
import type { Observation } from '../../data/schema';
import { speakerNotes } from '../../data/speakerNotes';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../observations';
import { parsePeriod } from '../period';
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

/** First and last year that any observation covers (for the chooser's year options). */
export function deckYears(observations: readonly Observation[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const o of observations) {
    const p = parsePeriod(o.period);
    if (!p.ok) continue;
    min = Math.min(min, Number((p.value.start ?? p.value.end).slice(0, 4)));
    max = Math.max(max, Number(p.value.end.slice(0, 4)));
  }
  return Number.isFinite(min) ? { min, max } : { min: 2000, max: 2025 };
}
