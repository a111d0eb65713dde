const STEPS = [1, 2, 2.5, 5, 10];

/** Drops floating-point dust (0.30000000000000004 -> 0.3) without rounding real digits away. */
const clean = (value: number) => (Object.is(value, -0) ? 0 : Number(value.toPrecision(12)) || 0);

/**
 * Round axis ticks covering [min, max]: a step of 1, 2, 2.5 or 5 times a power of ten giving the
 * nearest to `intervals` gaps (ties: the tighter fit), every tick a multiple of the step, so 0 is
 * always one of them when the range includes it.
 */
export function niceTicks(min: number, max: number, intervals = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi - lo < 1e-12) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
    if (hi === lo) hi = 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10((hi - lo) / intervals));
  let best = { first: 0, last: 0, step: 0, score: Infinity, waste: Infinity };
  for (const s of STEPS) {
    const step = s * magnitude;
    const first = Math.floor(clean(lo / step));
    const last = Math.ceil(clean(hi / step));
    const score = Math.abs(last - first - intervals);
    const waste = (last - first) * step - (hi - lo);
    if (score < best.score || (score === best.score && waste < best.waste)) best = { first, last, step, score, waste };
  }
  return Array.from({ length: best.last - best.first + 1 }, (_, i) => clean((best.first + i) * best.step));
}

/** The axis domain the ticks span. */
export const tickDomain = (ticks: readonly number[]): [number, number] => [ticks[0], ticks[ticks.length - 1]];

/** Min and max of the numbers among `values` (nulls skipped), with 0 when none. */
export function extent(values: readonly (number | null | undefined)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 0] : [lo, hi];
}
