/** Splitting a list over pages (the timeline's milestones over slides and fixed-size images). */

/** The items of page `page` (1-based) of `pages`: equal runs in order, the first pages one longer. */
export function pageOf<T>(items: readonly T[], page: number, pages: number): T[] {
  const size = Math.floor(items.length / pages);
  const extra = items.length % pages;
  const start = (page - 1) * size + Math.min(page - 1, extra);
  return items.slice(start, start + size + (page <= extra ? 1 : 0));
}
