/**
 * The slides drawn ahead while slide `index` of `count` is shown, in the order they are drawn:
 * the next slide first (the one most likely to come), then the previous one.
 */
export function drawAheadOrder(index: number, count: number): number[] {
  return [index + 1, index - 1].filter((p) => p >= 0 && p < count);
}
