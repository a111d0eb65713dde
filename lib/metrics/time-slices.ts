/** First index whose time is >= ms in a list sorted by time. */
function lowerBound<T>(items: readonly T[], time: (item: T) => number, ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time(items[mid]) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a time-sorted list with startMs <= time < endMs. */
export function sliceByTime<T>(items: readonly T[], time: (item: T) => number, startMs: number, endMs: number): readonly T[] {
  return items.slice(lowerBound(items, time, startMs), lowerBound(items, time, endMs));
}
