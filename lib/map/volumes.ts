/**
 * The yearly volumes a leg of the route carried, picked from the observations. Which series
 * belongs to which leg is a judgement, written down here once:
 * - the rail leg brings Tengiz oil to Aktau: the Tengiz share of the Aktau shipments;
 * - the tanker leg and the pipeline carry what Kazakhstan ships from Aktau towards Baku and BTC
 *   (BTC also carries Azerbaijani and Turkmen oil; its own figures are among the leg's facts).
 */
import type { IndicatorId, Observation } from '../../data/schema';
import { isAnnual, periodEnd } from '../observations';

/** The series of yearly volumes shown for each leg (segment id -> indicator). */
export const SEGMENT_VOLUME_SERIES: Readonly<Record<string, IndicatorId>> = {
  'tengiz-aktau': 'oil.aktau-to-baku.tengiz',
  'aktau-sangachal': 'oil.aktau-to-baku',
  'sangachal-ceyhan': 'oil.aktau-to-baku',
};

/**
 * The leg's yearly flows, oldest first: whole calendar years of measured flows (no plans,
 * forecasts, running totals or figures we computed), one per year and reporter, a revision in
 * place of what it revises. Empty when the leg has no series.
 */
export function selectSegmentVolumes(segmentId: string, observations: readonly Observation[]): Observation[] {
  const indicator = SEGMENT_VOLUME_SERIES[segmentId];
  if (!indicator) return [];
  const revised = new Set(observations.map((o) => o.revises).filter(Boolean));
  const rows = observations.filter(
    (o) => o.indicator === indicator && o.measure === 'flow' && isAnnual(o) && !o.computed && !revised.has(o.id),
  );
  return [...rows].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)) || a.reporter.localeCompare(b.reporter));
}

/** What names a figure's source to a reader: its publisher and, where known, its date (already in the page's language). */
export interface VolumeSource {
  publisher: string;
  published?: string;
}

/**
 * For each row (same order), who published it, when its year holds more than one figure (two
 * Kazakh sources give 1.5 and 1.3 Mt for 2025): the publisher, with the publication date added
 * where two figures of the year share a publisher. Null where the year has a single figure (the
 * reporter side says enough) or the source is unknown.
 */
export function nameSourcesOfSharedYears(
  rows: readonly Pick<Observation, 'period' | 'sourceId'>[],
  sourceOf: (sourceId: string) => VolumeSource | undefined,
): (string | null)[] {
  const perYear = new Map<string, number>();
  for (const r of rows) perYear.set(r.period, (perYear.get(r.period) ?? 0) + 1);
  const publisherCount = new Map<string, number>();
  for (const r of rows) {
    const s = sourceOf(r.sourceId);
    if (s && (perYear.get(r.period) ?? 0) > 1) publisherCount.set(`${r.period}|${s.publisher}`, (publisherCount.get(`${r.period}|${s.publisher}`) ?? 0) + 1);
  }
  return rows.map((r) => {
    if ((perYear.get(r.period) ?? 0) < 2) return null;
    const s = sourceOf(r.sourceId);
    if (!s) return null;
    const shared = (publisherCount.get(`${r.period}|${s.publisher}`) ?? 0) > 1;
    return shared && s.published ? `${s.publisher}, ${s.published}` : s.publisher;
  });
}
