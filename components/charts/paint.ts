/**
 * Fills of bars by reporting side and tone: a literal colour, or a hatch pattern (Kazakhstan) whose
 * `<defs>` the plot renders with `ReporterPatterns`. Ids are prefixed per plot so that several
 * plots on one page do not share (or break) each other's patterns.
 */
import type { Reporter } from '@/data/schema';
import { REPORTER_TONES } from '@/lib/charts/style';

export type Tone = 'main' | 'dark' | 'light';

export function makePatternId(prefix: string, reporter: Reporter, tone: Tone): string {
  return `${prefix}-${reporter}-${tone}`;
}

/** The `fill` of a bar part: a colour, or `url(#…)` of its hatch pattern. */
export function pickPaint(prefix: string, reporter: Reporter, tone: Tone): string {
  const tones = REPORTER_TONES[reporter];
  return tones.hatch ? `url(#${makePatternId(prefix, reporter, tone)})` : tones[tone];
}

/** Stripe colour of a hatch over a tone (white on dark fills, dark on the light tint). */
export function pickStripe(reporter: Reporter, tone: Tone): string | null {
  const hatch = REPORTER_TONES[reporter].hatch;
  if (!hatch) return null;
  return tone === 'light' ? hatch.lightColor : hatch.color;
}

/** A DOM-safe id prefix from React's useId (which may contain « » or :). */
export function toIdPrefix(reactId: string, name: string): string {
  return `${name}-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
