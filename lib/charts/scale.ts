/**
 * Value-axis scales that panels can share: a round top value and evenly spaced ticks, so that two
 * panels of one chart (both investment directions; oil per year and running totals) compare at a
 * glance.
 */

const STEPS = [1, 2, 2.5, 5, 10] as const;

/** Upper end and ticks of a scale from 0 that fits `max` with at most `maxIntervals` round steps. */
export function computeNiceScale(max: number, maxIntervals = 7): { max: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / maxIntervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = STEPS.map((s) => s * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; k * step <= top + step / 1e6; k++) ticks.push(Number((k * step).toFixed(6)));
  return { max: Number(top.toFixed(6)), ticks };
}
