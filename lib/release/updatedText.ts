/**
 * The words of a "last updated" date (lib/release/lastUpdated.ts computes it); no data imports,
 * so the citation code the browser loads stays small.
 */
import { formatDate } from '../format';
import type { Translate } from '../observations';

/** "Last updated: 14 October 2025" in the page's language (the date at its own precision), or null without a date. */
export function describeLastUpdated(date: string | null, locale: string, t: Translate): string | null {
  return date ? t('charts.common.lastUpdated', { date: formatDate(date, locale, 'long') }) : null;
}
