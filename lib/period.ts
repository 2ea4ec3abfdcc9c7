/**
 * Periods are written as compact ISO-8601-like strings so that data files stay readable:
 *
 * | form            | example             | meaning                                   |
 * |-----------------|---------------------|-------------------------------------------|
 * | `YYYY`          | `2023`              | calendar year                             |
 * | `YYYY-Hn`       | `2024-H1`           | half-year (n = 1, 2)                      |
 * | `YYYY-Qn`       | `2022-Q1`           | quarter (n = 1..4)                        |
 * | `YYYY-MM`       | `2023-04`           | month                                     |
 * | `YYYY-MM-DD`    | `2023-03-21`        | day                                       |
 * | `A/B`           | `2024-01/2024-04`   | interval from the start of A to end of B  |
 * | `../B`          | `../2023`           | open start (e.g. "cumulative to 2023")    |
 *
 * `parsePeriod` returns `{ ok: false, reason }` instead of throwing, so validation can collect
 * every bad value at once and name it.
 */

export type PeriodGranularity = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface PeriodPoint {
  granularity: PeriodGranularity;
  /** First day covered, ISO date `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, ISO date `YYYY-MM-DD`. */
  end: string;
  year: number;
}

export interface ParsedPeriod {
  /** The original text. */
  text: string;
  /** `null` for an open start (`../2023`). */
  from: PeriodPoint | null;
  to: PeriodPoint;
  isInterval: boolean;
  /** First day covered, or `null` when the start is open. */
  start: string | null;
  /** Last day covered. */
  end: string;
}

export type PeriodResult = { ok: true; value: ParsedPeriod } | { ok: false; reason: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function makePoint(year: number, startMonth: number, endMonth: number, granularity: PeriodGranularity): PeriodPoint {
  return {
    granularity,
    year,
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDayOfMonth(year, endMonth))}`,
  };
}

/** Parses one point (no `/`). */
export function parsePeriodPoint(text: string): PeriodPoint | string {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return `invalid period "${text}": expected YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `invalid period "${text}": year out of range ${MIN_YEAR}-${MAX_YEAR}`;
  const part = m[2];
  if (part === undefined) return makePoint(year, 1, 12, 'year');
  if (part.startsWith('H')) {
    const h = Number(part[1]);
    return makePoint(year, h === 1 ? 1 : 7, h === 1 ? 6 : 12, 'half');
  }
  if (part.startsWith('Q')) {
    const q = Number(part[1]);
    return makePoint(year, q * 3 - 2, q * 3, 'quarter');
  }
  const month = Number(part);
  if (month < 1 || month > 12) return `invalid period "${text}": month ${part} is not 01-12`;
  if (m[3] === undefined) return makePoint(year, month, month, 'month');
  const day = Number(m[3]);
  if (day < 1 || day > lastDayOfMonth(year, month)) return `invalid period "${text}": day ${m[3]} does not exist`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { granularity: 'day', year, start: iso, end: iso };
}

/** Parses a period string; never throws. */
export function parsePeriod(text: unknown): PeriodResult {
  if (typeof text !== 'string' || text.length === 0) {
    return { ok: false, reason: `invalid period ${JSON.stringify(text)}: expected a non-empty string` };
  }
  const parts = text.split('/');
  if (parts.length > 2) return { ok: false, reason: `invalid period "${text}": more than one "/"` };
  if (parts.length === 1) {
    const p = parsePeriodPoint(text);
    if (typeof p === 'string') return { ok: false, reason: p };
    return { ok: true, value: { text, from: p, to: p, isInterval: false, start: p.start, end: p.end } };
  }
  const [a, b] = parts as [string, string];
  const to = parsePeriodPoint(b);
  if (typeof to === 'string') return { ok: false, reason: to };
  if (a === '..') return { ok: true, value: { text, from: null, to, isInterval: true, start: null, end: to.end } };
  const from = parsePeriodPoint(a);
  if (typeof from === 'string') return { ok: false, reason: from };
  if (from.start > to.end) return { ok: false, reason: `invalid period "${text}": start is after end` };
  return { ok: true, value: { text, from, to, isInterval: true, start: from.start, end: to.end } };
}

/** Parses a period that is known to be valid (validated data); throws otherwise. */
export function mustParsePeriod(text: string): ParsedPeriod {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

/** True when the period is exactly one full calendar year. */
export function isFullYear(text: string): boolean {
  const r = parsePeriod(text);
  return r.ok && !r.value.isInterval && r.value.to.granularity === 'year';
}
