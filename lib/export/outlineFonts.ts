/**
 * The fonts the SVG download's text is outlined with (written by scripts/build-fonts.ts into
 * public/export/fonts/, fetched on the first SVG download): `noto` is the page's own cut of Noto
 * Sans (the font the export frame was laid out in) as TrueType; `fallback` is DejaVu Sans cut to
 * the characters of that set Noto Sans lacks (→ ≤ ≥ ≈), which Debian's Chromium draws in DejaVu.
 */
export type OutlineFontRole = 'noto' | 'fallback';
export const OUTLINE_WEIGHTS = [400, 700] as const;
export type OutlineWeight = (typeof OUTLINE_WEIGHTS)[number];

/** Site path of an outline font: `/export/fonts/outline-noto-400.ttf`. */
export function makeOutlineFontPath(role: OutlineFontRole, weight: OutlineWeight): string {
  return `/export/fonts/outline-${role}-${weight}.ttf`;
}
