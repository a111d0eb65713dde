import type { PreparedDataset } from "./prepare";

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

/** Without a filter every row counts (also those without a customer); with one, only the filtered customers' rows. */
export function scopedRows<T>(rows: readonly T[], rowCustomer: Int32Array, p: PreparedDataset, customers: Int32Array, filtered: boolean): readonly T[] {
  if (!filtered) return rows;
  const mask = new Uint8Array(p.customers.length);
  for (const c of customers) mask[c] = 1;
  return rows.filter((_, i) => rowCustomer[i] >= 0 && mask[rowCustomer[i]] === 1);
}
