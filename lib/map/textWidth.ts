/**
 * The width of a line of text in Noto Sans, from the font's advance widths
 * (lib/map/notoSansAdvances.json, measured by scripts/labelAdvances.ts), so the export can lay out
 * the map's labels without a browser. Kerning is left out (a few hundredths of an em on a word);
 * a character the table lacks counts as the widest letter, so a width is never too small.
 */
import table from './notoSansAdvances.json';

export type FontWeight = 400 | 700;

const maps = new Map<FontWeight, Map<string, number>>(
  ([400, 700] as const).map((weight) => [weight, new Map([...table.chars].map((ch, i) => [ch, table.advances[String(weight) as '400' | '700'][i]!]))]),
);
const widest = new Map<FontWeight, number>(([400, 700] as const).map((weight) => [weight, Math.max(...maps.get(weight)!.values())]));

/** Width in px of `text` at `size` px, with `letterSpacing` px after each character. */
export function measureTextWidth(text: string, args: { size: number; weight?: FontWeight; letterSpacing?: number }): number {
  const { size, weight = 400, letterSpacing = 0 } = args;
  const advances = maps.get(weight)!;
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += advances.get(ch) ?? widest.get(weight)!;
    count += 1;
  }
  return (units / table.upem) * size + count * letterSpacing;
}
