/**
 * Text for the PDF briefing pack. The PDF embeds one TrueType font (Noto Sans) and has no fallback
 * font, so the few characters our text uses that Noto Sans lacks are written with ones it has.
 */

/** Characters Noto Sans lacks and what is written instead. */
const SUBSTITUTES: Record<string, string> = { '→': '›', '≤': '<=', '≥': '>=' };

/** Replaces characters the PDF font cannot draw. */
export function replaceMissingGlyphs(text: string): string {
  return text.replace(/[→≤≥]/g, (c) => SUBSTITUTES[c]!);
}
