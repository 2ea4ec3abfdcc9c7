/** Small statistics for the benchmark (pure). */

/** Median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sum of the values. */
export function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
