/** Typed arrays sort numerically without a comparator, many times faster on large inputs. */
function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Even count: mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted(sortedCopy(values));
}

function medianOfSorted(s: ArrayLike<number>): number | null {
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Percentile with `p` on the 0-100 scale (p90 = `percentile(xs, 90)`), by linear interpolation
 * between closest ranks (Hyndman-Fan type 7, numpy's default, Excel PERCENTILE.INC):
 * h = (n - 1) * p / 100, result = x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]).
 */
export function percentile(values: readonly number[], p: number): number | null {
  return percentileOfSorted(sortedCopy(values), p);
}

function percentileOfSorted(s: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be within 0..100, got ${p}`);
  if (s.length === 0) return null;
  const h = ((s.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const frac = h - lo;
  return frac === 0 ? s[lo] : s[lo] + frac * (s[lo + 1] - s[lo]);
}

export { pct } from "./ratio";

/**
 * The k-th smallest value (0-based) of `a`, reordering `a` in place (quickselect, average O(n)):
 * afterwards every value after index k is >= a[k].
 */
function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** a[k] and a[k + 1] of `a` in sorted order, without sorting it (reorders `a`). */
function adjacentOrderStatistics(a: Float64Array, k: number): [number, number] {
  const low = selectInPlace(a, k);
  let high = Number.POSITIVE_INFINITY;
  for (let i = k + 1; i < a.length; i++) if (a[i] < high) high = a[i];
  return [low, k + 1 < a.length ? high : low];
}

/** The same numbers as {@link median} on an unsorted typed array, in linear time; reorders `a`. */
export function medianInPlace(a: Float64Array): number | null {
  if (a.length === 0) return null;
  const mid = a.length >> 1;
  if (a.length % 2 === 1) return selectInPlace(a, mid);
  const [low, high] = adjacentOrderStatistics(a, mid - 1);
  return (low + high) / 2;
}

/** The same numbers as {@link percentile} on an unsorted typed array, in linear time; reorders `a`. */
export function percentileInPlace(a: Float64Array, p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be within 0..100, got ${p}`);
  if (a.length === 0) return null;
  const h = ((a.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const frac = h - lo;
  const [low, high] = adjacentOrderStatistics(a, lo);
  return frac === 0 ? low : low + frac * (high - low);
}
