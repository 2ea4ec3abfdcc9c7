/**
 * Turning observations into words: value with unit and qualifier, period with its measure,
 * and picking observations out of the dataset. Messages come in through `translate` so these stay
 * pure and testable in every language.
 */
import type { IndicatorId, Observation, Reporter, Source } from '../data/schema';
import { digitsFor, formatNumber, formatPeriod, scaleValue } from './format';
import { parsePeriod } from './period';

/** A message lookup: `next-intl`'s `t`, or `createTranslator(...)` in tests. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type ValueFields = Pick<Observation, 'value' | 'unit' | 'qualifier'>;

/** "USD 598.47 million", "almost 1.5 million t", "more than 250" in the given language. */
export function formatObservationValue(o: ValueFields, locale: string, t: Translate): string {
  const scaled = scaleValue(o.value, o.unit);
  const rounded = Number(scaled.value.toFixed(3));
  const number = formatNumber(rounded, locale, digitsFor(rounded));
  const withUnit = t(`units.${scaled.unitKey}`, { value: number });
  return t(`qualifiers.${o.qualifier}`, { value: withUnit });
}

/** "2023", "cumulative to 2023", "as of Oct 2025", "Jan – Aug 2023, running total". */
export function formatObservationPeriod(o: Pick<Observation, 'period' | 'measure'>, locale: string, t: Translate): string {
  const period = formatPeriod(o.period, locale);
  if (o.measure === 'cumulative' && o.period.startsWith('../')) return t('periods.cumulativeTo', { period });
  return t(`periods.${o.measure}`, { period });
}

/** Message key of an indicator's label in messages/<locale>/data.json. */
export function indicatorKey(id: IndicatorId): string {
  return `data.indicators.${id.replace(/\./g, '_')}`;
}

/** End date (ISO) of an observation's period, for ordering; '' if it does not parse. */
export function periodEnd(o: Pick<Observation, 'period'>): string {
  const r = parsePeriod(o.period);
  return r.ok ? r.value.end : '';
}

/** True when the period is one full calendar year. */
export function isAnnual(o: Pick<Observation, 'period'>): boolean {
  const r = parsePeriod(o.period);
  return r.ok && !r.value.isInterval && r.value.to.granularity === 'year';
}

/**
 * The latest observation matching the filter (by end of period; a revision beats what it
 * revises; ties keep the dataset's order). `undefined` when none matches.
 */
export function latest(observations: readonly Observation[], match: (o: Observation) => boolean): Observation | undefined {
  const revised = new Set(observations.map((o) => o.revises).filter(Boolean));
  let best: Observation | undefined;
  for (const o of observations) {
    if (!match(o) || revised.has(o.id)) continue;
    if (!best || periodEnd(o) > periodEnd(best)) best = o;
  }
  return best;
}

/** The newest publication date among the sources (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function dataAsOf(sources: readonly Pick<Source, 'published'>[]): string | undefined {
  const dates = sources.map((s) => s.published).filter((d): d is string => typeof d === 'string');
  return [...dates].sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1);
}

function endOf(date: string): string {
  const r = parsePeriod(date);
  return r.ok ? r.value.end : '';
}

export const REPORTER_ORDER: readonly Reporter[] = ['AZ', 'KZ', 'unknown'];
