/**
 * The difference between the two sides' trade figures ("mirror statistics"): for each period that
 * both Azerbaijan and Kazakhstan reported, Kazakhstan's turnover minus Azerbaijan's, in USD million
 * and as a share of Azerbaijan's figure. Computed here from the bars drawn, never published: the
 * chart and the table mark it as computed. Periods with one side only, or a side of unstated
 * origin, have no gap.
 */
import type { QualifiedValue } from '../types';
import type { TradeBar, TradeGroup } from './shape';

export interface ReporterGap {
  period: string;
  /** The period's span key, as the bars' groups (`2024-01-01/2024-12-31`). */
  key: string;
  year: number;
  /** A calendar year (false: a part of a year, comparable only with the same months). */
  fullYear: boolean;
  /** The turnover each side gives (published, or the sum of the two directions it published). */
  az: QualifiedValue;
  kz: QualifiedValue;
  /** Kazakhstan's figure minus Azerbaijan's, USD million (> 0: Kazakhstan reports more). */
  difference: number;
  /** `difference` as % of Azerbaijan's figure; null when Azerbaijan's is 0. */
  percent: number | null;
  /** True when either figure is qualified ("about", "more than"…). */
  approximate: boolean;
}

/** Rounds away floating-point noise (533.4 − 470 = 63.39999999999998). */
function round(value: number, digits = 6): number {
  return Number(value.toFixed(digits));
}

/** The turnover a bar stands for: the published one, else both published directions added. */
export function turnoverOf(bar: TradeBar): QualifiedValue | null {
  if (bar.turnover) return bar.turnover;
  if (bar.kzToAz && bar.azToKz) {
    const exact = bar.kzToAz.qualifier === 'exact' && bar.azToKz.qualifier === 'exact';
    return { value: round(bar.kzToAz.value + bar.azToKz.value), qualifier: exact ? 'exact' : 'approx', observationId: `${bar.kzToAz.observationId}+${bar.azToKz.observationId}` };
  }
  return null;
}

/** The gap of each period both sides reported, in the groups' order. Pure. */
export function computeReporterGaps(groups: readonly TradeGroup[], fullYear: boolean): ReporterGap[] {
  const gaps: ReporterGap[] = [];
  for (const g of groups) {
    const azBar = g.bars.find((b) => b.reporter === 'AZ');
    const kzBar = g.bars.find((b) => b.reporter === 'KZ');
    const az = azBar ? turnoverOf(azBar) : null;
    const kz = kzBar ? turnoverOf(kzBar) : null;
    if (!az || !kz) continue;
    const difference = round(kz.value - az.value);
    gaps.push({
      period: g.period,
      key: g.key,
      year: g.year,
      fullYear,
      az,
      kz,
      difference,
      percent: az.value === 0 ? null : round((difference / az.value) * 100),
      approximate: az.qualifier !== 'exact' || kz.qualifier !== 'exact',
    });
  }
  return gaps;
}
