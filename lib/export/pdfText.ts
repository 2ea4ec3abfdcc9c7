/**
 * Text for the PDF briefing pack. The PDF's face is Noto Sans (TrueType, embedded: the cut
 * scripts/build-fonts.ts makes for the SVG download, lib/export/outlineFonts.ts), which lacks a
 * few signs our text uses (→ ← ≤ ≥). Those are set in a second embedded face, DejaVu Sans cut to
 * the characters Noto Sans lacks (the same file the SVG download outlines them with, and the font
 * Debian's Chromium draws them in), so the PDF prints the real characters: a text run is split
 * into runs of the main face and runs of the fallback face.
 */

/** The fallback face's name in the PDF. */
export const FALLBACK_FONT = 'DejaVu Sans';

/**
 * Characters set in the fallback face: the arrows and comparison signs Noto Sans lacks
 * (lib/export/pdfText.test.ts checks that every character of the messages and the data that Noto
 * Sans lacks is here, and that DejaVu Sans has each of them).
 */
export const FALLBACK_CHARACTERS = '←↑→↓↔⇄⇆≤≥≠';

const FALLBACK = new Set([...FALLBACK_CHARACTERS]);

/** One run of text in one face. */
export interface FontRun {
  text: string;
  /** True when the run is set in the fallback face. */
  fallback: boolean;
}

/** Whether `text` holds a character set in the fallback face. */
export function needsFallback(text: string): boolean {
  for (const ch of text) if (FALLBACK.has(ch)) return true;
  return false;
}

/** Splits `text` into runs of the main face and of the fallback face, in order; "" gives []. */
export function splitFontRuns(text: string): FontRun[] {
  const runs: FontRun[] = [];
  for (const ch of text) {
    const fallback = FALLBACK.has(ch);
    const last = runs[runs.length - 1];
    if (last && last.fallback === fallback) last.text += ch;
    else runs.push({ text: ch, fallback });
  }
  return runs;
}
