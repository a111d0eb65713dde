/** num / den, null when the denominator is zero. */
export function divide(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** num / den x 100 with a single rounding (num x 100 is exact for integer units), null when den is zero. */
export function pct(num: number, den: number): number | null {
  return den === 0 ? null : (num * 100) / den;
}
