/**
 * Which tip the popup shows: a new one each local day, the same one all day,
 * and, day to day, a different category where the tips allow it. Next and
 * Previous walk the same order. Pure: `now` is a parameter.
 */

/** Days since 1970-01-01 of the *local* calendar date of `now`. */
export function localDayNumber(now: number): number {
  const d = new Date(now);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

/**
 * The tips in the order days walk through them: round-robin over categories
 * (in order of first appearance), each category keeping its own order, so
 * neighbouring days rarely share a category.
 */
export function dailyOrder<T extends { readonly category: string }>(tips: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const tip of tips) {
    const group = groups.get(tip.category);
    if (group) group.push(tip);
    else groups.set(tip.category, [tip]);
  }
  const queues = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < tips.length; round++) {
    for (const queue of queues) {
      const tip = queue[round];
      if (tip !== undefined) out.push(tip);
    }
  }
  return out;
}

/** The position in the daily order for `now`, or -1 when there are no tips. */
export function tipIndexFor(count: number, now: number): number {
  if (count <= 0) return -1;
  return ((localDayNumber(now) % count) + count) % count;
}

/** Moves `index` by `delta` places, wrapping around both ends. */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  return (((index + delta) % count) + count) % count;
}
