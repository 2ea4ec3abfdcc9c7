/**
 * Locale-aware formatting of numbers, quantities and periods with the platform's Intl API
 * (no hand-written separators: az, ru and kk write 598,47; en writes 598.47).
 */
import type { Unit } from '../data/schema';
import { mustParsePeriod, type PeriodPoint } from './period';

/** Intl locale tags for our languages. */
const INTL_TAG: Record<string, string> = { az: 'az-Latn-AZ', en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

export function intlTag(locale: string): string {
  return INTL_TAG[locale] ?? 'en-GB';
}

/** Formats a plain number, keeping up to `maxDigits` decimals (none added). */
export function formatNumber(value: number, locale: string, maxDigits = 2): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: maxDigits }).format(value);
}

/** The typographic minus (U+2212), which Intl writes as a hyphen in some languages ("-22,6 %"). */
export const MINUS = '\u2212';

/** Formats a percentage given as a number (14.2 -> "+14.2%" / "+14,2 %"; -22.6 -> "−22.6%", a true minus). */
export function formatPercent(value: number, locale: string, maxDigits = 1): string {
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'percent',
    maximumFractionDigits: maxDigits,
    signDisplay: 'exceptZero',
  })
    .formatToParts(value / 100)
    .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
    .join('');
}

/** How a quantity is scaled for display: tonnes become thousand or million tonnes. */
export type Scale = 'one' | 'thousand' | 'million';

export interface ScaledValue {
  /** The number in the display scale (1392000 t -> 1.392). */
  value: number;
  scale: Scale;
  /** Message key suffix for the unit label, e.g. `tonnes.million`. */
  unitKey: string;
}

const SCALED_UNITS: ReadonlySet<Unit> = new Set(['tonnes', 'tonnes_per_month', 'tonnes_per_year', 'barrels_per_day']);

/** Picks a readable scale for a value of a unit (tonnes -> kt/Mt; USD_million stays as is). */
export function scaleValue(value: number, unit: Unit): ScaledValue {
  if (!SCALED_UNITS.has(unit)) return { value, scale: 'one', unitKey: `${unit}.one` };
  if (value >= 1_000_000) return { value: value / 1_000_000, scale: 'million', unitKey: `${unit}.million` };
  if (value >= 1_000) return { value: value / 1_000, scale: 'thousand', unitKey: `${unit}.thousand` };
  return { value, scale: 'one', unitKey: `${unit}.one` };
}

/** Digits shown for a scaled value: enough to keep the source's precision (1.392 Mt, 598.47). */
export function digitsFor(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(3, text.length - dot - 1);
}

function formatPoint(p: PeriodPoint, locale: string, style: 'long' | 'short'): string {
  const tag = intlTag(locale);
  const date = new Date(`${p.start}T00:00:00Z`);
  switch (p.granularity) {
    case 'year':
      return String(p.year);
    case 'day':
      return new Intl.DateTimeFormat(tag, { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(date);
    default:
      return new Intl.DateTimeFormat(tag, { month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
}

/**
 * Formats a period string for display: `2023` -> "2023"; `2024-01/2024-04` -> "Jan – Apr 2024";
 * `2024-H1` -> "Jan – Jun 2024"; `2023-03-21` -> "21 March 2023"; `../2023` -> "2023" (the caller
 * says "to date"/"cumulative" through the observation's measure).
 */
export function formatPeriod(text: string, locale: string, style: 'long' | 'short' = 'short'): string {
  const p = mustParsePeriod(text);
  const tag = intlTag(locale);
  const to = p.to;
  if (!p.isInterval && (to.granularity === 'half' || to.granularity === 'quarter')) {
    return formatMonthRange(to.start, to.end, tag);
  }
  if (!p.isInterval || p.from === null) return formatPoint(to, locale, style);
  const from = p.from;
  if (from.granularity === 'year' && to.granularity === 'year') return `${from.year}–${to.year}`;
  if (from.granularity === 'day' || to.granularity === 'day') {
    const fmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    return fmt.formatRange(new Date(`${from.start}T00:00:00Z`), new Date(`${to.end}T00:00:00Z`));
  }
  return formatMonthRange(from.start, to.end, tag);
}

/**
 * "Jan – Apr 2024". Within one year the year is written once: ICU's Russian pattern repeats it
 * ("янв. 2024 г. – апр. 2024 г."), which makes axis labels twice as long as in the other
 * languages; there the months' range is followed by the year as the locale writes it after a
 * month ("янв. – апр. 2024 г.").
 */
function formatMonthRange(startIso: string, endIso: string, tag: string): string {
  const start = new Date(`${startIso}T00:00:00Z`);
  const end = new Date(`${endIso}T00:00:00Z`);
  const fmt = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const full = fmt.formatRange(start, end);
  const year = String(start.getUTCFullYear());
  if (year !== String(end.getUTCFullYear()) || full.indexOf(year) === full.lastIndexOf(year)) return full;
  const parts = fmt.formatToParts(end);
  const monthAt = parts.findIndex((p) => p.type === 'month');
  const yearAt = parts.findIndex((p) => p.type === 'year');
  // Only for locales that write the year after the month (checked, not assumed).
  if (monthAt < 0 || yearAt < monthAt) return full;
  const yearText = parts.slice(yearAt).map((p) => p.value).join('');
  const months = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }).formatRange(start, end);
  return `${months} ${yearText}`;
}

/** Formats an ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) at its own precision. */
export function formatDate(text: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return formatPoint(mustParsePeriod(text).to, locale, style);
}
