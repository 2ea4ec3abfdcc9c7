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
