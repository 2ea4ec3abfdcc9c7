/**
 * How chart views turn numbers, periods, dates and lists into text. On the server this is Intl
 * (lib/format.ts). A browser can lack a language's Intl data (Chromium's ICU has only partial
 * Azerbaijani and Kazakh: it writes "2,500.47" and "2022 M01–M03"), so the browser never formats
 * chart text itself: numbers are written with the language's symbols read on the server, and
 * periods, dates, lists and month names come from a dictionary recorded on the server while it
 * built the views. The result is the same text as the server's, character for character.
 */
import { MINUS, formatDate, formatNumber, formatPercent, formatPeriod, intlTag } from '../format';

export interface ChartFormatter {
  locale: string;
  /** A number with at most `maxDigits` decimals ("598,47"). */
  number(value: number, maxDigits: number): string;
  /** A percentage given in % with one decimal: "14.3%", or "+14.3%" when signed. */
  percent(value: number, signed: boolean): string;
  /** A period of data/ ("2024-H1" -> "Jan – Jun 2024"); see lib/format.ts formatPeriod. */
  period(text: string): string;
  /** A date of data/ at its own precision ("2023-03-21" -> "21 March 2023"). */
  date(text: string, style: 'long' | 'short'): string;
  /** "Azerbaijan and Kazakhstan". */
  list(items: readonly string[]): string;
  /** January to December. */
  months(style: 'short' | 'long'): readonly string[];
}

/** The language's number symbols and percent patterns (`{n}` stands for the digits). */
export interface NumberSymbols {
  group: string;
  decimal: string;
  /** Patterns for a positive, negative and zero percentage without and with sign. */
  percent: { plain: string; plus: string; minus: string };
}

/** What the browser needs to format chart text exactly as the server did. */
export interface FormatDictionary {
  locale: string;
  symbols: NumberSymbols;
  strings: Record<string, string>;
  months: { short: string[]; long: string[] };
}

function percentPattern(parts: Intl.NumberFormatPart[]): string {
  let pattern = '';
  let digits = false;
  for (const p of parts) {
    if (p.type === 'integer' || p.type === 'group' || p.type === 'decimal' || p.type === 'fraction') {
      if (!digits) pattern += '{n}';
      digits = true;
    } else pattern += p.type === 'minusSign' ? MINUS : p.value;
  }
  return pattern;
}

/** Reads the symbols of a language from Intl (server side). */
export function readNumberSymbols(locale: string): NumberSymbols {
  const tag = intlTag(locale);
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const signed = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    percent: {
      plain: percentPattern(new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).formatToParts(0.125)),
      plus: percentPattern(signed.formatToParts(0.125)),
      minus: percentPattern(signed.formatToParts(-0.125)),
    },
  };
}

/**
 * Formats a number with the given symbols, like Intl.NumberFormat with `maximumFractionDigits`
 * (grouping by thousands, no trailing zeros). Pure: used in the browser.
 */
export function formatWithSymbols(value: number, maxDigits: number, symbols: Pick<NumberSymbols, 'group' | 'decimal'>): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDigits);
  const [intPart = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
  const text = trimmed ? `${grouped}${symbols.decimal}${trimmed}` : grouped;
  return negative && text.replace(/[^1-9]/g, '') !== '' ? `-${text}` : text;
}

function formatPercentWithSymbols(value: number, signed: boolean, symbols: NumberSymbols): string {
  const digits = formatWithSymbols(Math.abs(value), 1, symbols);
  const isZero = digits.replace(/[^1-9]/g, '') === '';
  const pattern = !signed || isZero ? symbols.percent.plain : value > 0 ? symbols.percent.plus : symbols.percent.minus;
  return pattern.replace('{n}', digits);
}

function monthNames(locale: string, style: 'short' | 'long'): string[] {
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => fmt.format(new Date(Date.UTC(2001, i, 15))));
}

/** Intl-backed formatter (server, tests). */
export function createIntlFormatter(locale: string): ChartFormatter {
  const tag = intlTag(locale);
  return {
    locale,
    number: (value, maxDigits) => formatNumber(value, locale, maxDigits),
    // Signed: a true minus (lib/format.ts). Unsigned: the size only.
    percent: (value, signed) =>
      signed ? formatPercent(value, locale, 1) : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(value) / 100),
    period: (text) => formatPeriod(text, locale),
    date: (text, style) => formatDate(text, locale, style),
    list: (items) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(items),
    months: (style) => monthNames(locale, style),
  };
}

const periodKey = (text: string) => `p|${text}`;
const dateKey = (text: string, style: string) => `d|${style}|${text}`;
const listKey = (items: readonly string[]) => `l|${items.join('|')}`;

/**
 * An Intl formatter that also writes down every period, date and list it formats, so that
 * `dictionary()` can be sent to the browser with the page.
 */
export function createRecordingFormatter(locale: string): { format: ChartFormatter; dictionary: () => FormatDictionary } {
  const intl = createIntlFormatter(locale);
  const strings: Record<string, string> = {};
  const remember = (key: string, text: string) => {
    strings[key] = text;
    return text;
  };
  const format: ChartFormatter = {
    ...intl,
    period: (text) => remember(periodKey(text), intl.period(text)),
    date: (text, style) => remember(dateKey(text, style), intl.date(text, style)),
    list: (items) => remember(listKey(items), intl.list(items)),
  };
  return {
    format,
    dictionary: () => ({
      locale,
      symbols: readNumberSymbols(locale),
      strings: { ...strings },
      months: { short: [...intl.months('short')], long: [...intl.months('long')] },
    }),
  };
}

/**
 * The browser's formatter: numbers from the server's symbols, everything else from the recorded
 * dictionary. A text missing from the dictionary falls back to the raw input and is reported
 * through `onMiss` (tests make that fail).
 */
export function createDictionaryFormatter(dictionary: FormatDictionary, onMiss: (key: string) => void = () => {}): ChartFormatter {
  const lookup = (key: string, fallback: string) => {
    const text = dictionary.strings[key];
    if (text === undefined) {
      onMiss(key);
      return fallback;
    }
    return text;
  };
  return {
    locale: dictionary.locale,
    number: (value, maxDigits) => formatWithSymbols(value, maxDigits, dictionary.symbols),
    percent: (value, signed) => formatPercentWithSymbols(value, signed, dictionary.symbols),
    period: (text) => lookup(periodKey(text), text),
    date: (text, style) => lookup(dateKey(text, style), text),
    list: (items) => lookup(listKey(items), items.join(', ')),
    months: (style) => dictionary.months[style],
  };
}
