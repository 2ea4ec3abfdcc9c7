/**
 * Which characters the page's typeface must hold. The page uses Noto Sans cut down at build time
 * (scripts/build-fonts.ts) to these characters, so a phone downloads one small file per weight
 * instead of every Latin and Cyrillic subset (≈ 210 KB on /en/ before, of which 115 KB were the
 * Latin Extended subsets for the single "ə" of "Azərbaycan" in the language switcher).
 *
 * The set is: every character of the messages and the dataset, whole alphabets of the four
 * languages (dates and numbers are formatted in the browser, so a month name may hold a letter no
 * message does), Latin-1, and the punctuation and spaces Intl formatting writes.
 */

/** Code point ranges, inclusive, always kept. */
export const BASE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1 Supplement: NBSP, « », °, ±, ×, é, ö, ü, ç…
  [0x400, 0x45f], // Cyrillic: Russian and the base of Kazakh
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x2190, 0x2193], // arrows ← ↑ → ↓
];

/** Letters outside those ranges that the four languages use. */
export const EXTRA_LETTERS =
  // Azerbaijani (and Turkish) Latin
  'ƏəĞğİıŞş' +
  // Kazakh Cyrillic
  'ӘәҒғҚқҢңӨөҰұҮүҺһІі' +
  // spaces and signs Intl writes: narrow NBSP, thin space, minus, approximately, ≤ ≥, №, currency
  '\u202f\u2009\u2212≈≤≥№€₸₼₽';

/** Every string anywhere inside `value` (object values, array items), concatenated. */
export function collectText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(collectText).join('');
  if (value && typeof value === 'object') return Object.values(value).map(collectText).join('');
  return '';
}

/**
 * The sorted, distinct code points of the base ranges, the extra letters and `text`, without
 * control characters (C0, DEL, C1) and line or paragraph separators, which no font draws.
 */
export function glyphSet(text: string): number[] {
  const points = new Set<number>();
  for (const [from, to] of BASE_RANGES) for (let c = from; c <= to; c += 1) points.add(c);
  for (const ch of EXTRA_LETTERS + text) points.add(ch.codePointAt(0)!);
  return [...points].filter((c) => c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c !== 0x2028 && c !== 0x2029).sort((a, b) => a - b);
}
