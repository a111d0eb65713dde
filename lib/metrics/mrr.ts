import { monthToIndex, type MonthIndex } from "@/lib/domain/months";
import { MONTHS_PER_BILLING_PERIOD, type Subscription } from "@/lib/domain/types";

/** Money is kept as integers: 1/10000 of a major unit of ARR, so sums are exact. */
export const UNITS_PER_MRR = 120_000;
export const UNITS_PER_ARR = 10_000;

export const toMrr = (units: number): number => units / UNITS_PER_MRR;
export const toArr = (units: number): number => units / UNITS_PER_ARR;

export function subscriptionUnits(s: Pick<Subscription, "amount" | "billingPeriod">): number {
  return Math.round(s.amount * 10_000) * (12 / MONTHS_PER_BILLING_PERIOD[s.billingPeriod]);
}

/**
 * Per-customer monthly MRR. A column is stored only for months where some subscription
 * starts or ends (MRR is constant in between), so a far-away end_date costs one column.
 */
export interface MrrMatrix {
  readonly customers: number;
  /** Months that have a stored column, ascending; a month uses the latest column at or before it. */
  readonly changeMonths: Int32Array;
  readonly units: Float64Array;
  /** First month with MRR > 0 per customer, -1 when never. */
  readonly firstActive: Int32Array;
  readonly zero: Float64Array;
}

/** Active months of a subscription: [month of start_date, month of end_date), month-end snapshots. */
export function activeSpan(s: Pick<Subscription, "startDate" | "endDate">): [MonthIndex, MonthIndex] {
  const start = monthToIndex(s.startDate.slice(0, 7));
  const end = s.endDate === null ? Number.POSITIVE_INFINITY : monthToIndex(s.endDate.slice(0, 7));
  return [start, end];
}

export function buildMrrMatrix(subscriptions: readonly Subscription[], customerIndex: ReadonlyMap<string, number>): MrrMatrix {
  const n = customerIndex.size;
  const spans: { c: number; start: number; end: number; units: number }[] = [];
  const months = new Set<number>();
  for (const s of subscriptions) {
    const c = customerIndex.get(s.customerId);
    if (c === undefined) continue;
    const [start, end] = activeSpan(s);
    if (end <= start) continue;
    spans.push({ c, start, end, units: subscriptionUnits(s) });
    months.add(start);
    if (Number.isFinite(end)) months.add(end);
  }
  const changeMonths = Int32Array.from([...months].sort((a, b) => a - b));
  const columnAt = new Map<number, number>();
  changeMonths.forEach((m, k) => columnAt.set(m, k));
  const units = new Float64Array(changeMonths.length * n);
  for (const span of spans) {
    units[columnAt.get(span.start)! * n + span.c] += span.units;
    if (Number.isFinite(span.end)) units[columnAt.get(span.end)! * n + span.c] -= span.units;
  }
  for (let k = 1; k < changeMonths.length; k++) {
    const base = k * n;
    for (let c = 0; c < n; c++) units[base + c] += units[base - n + c];
  }
  const firstActive = new Int32Array(n).fill(-1);
  for (let k = 0; k < changeMonths.length; k++) {
    for (let c = 0; c < n; c++) {
      if (firstActive[c] === -1 && units[k * n + c] > 0) firstActive[c] = changeMonths[k];
    }
  }
  return { customers: n, changeMonths, units, firstActive, zero: new Float64Array(n) };
}

/** Index of the stored column holding month m, -1 before the first one. */
export function columnIndex(mx: MrrMatrix, month: MonthIndex): number {
  const cm = mx.changeMonths;
  let lo = 0;
  let hi = cm.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cm[mid] <= month) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** MRR units of every customer (by index) in month m; valid for any month. Do not mutate. */
export function mrrColumn(mx: MrrMatrix, month: MonthIndex): Float64Array {
  const k = columnIndex(mx, month);
  return k < 0 ? mx.zero : mx.units.subarray(k * mx.customers, (k + 1) * mx.customers);
}

export function sumUnits(col: Float64Array, customers: Int32Array): { units: number; active: number } {
  let units = 0;
  let active = 0;
  for (let i = 0; i < customers.length; i++) {
    const v = col[customers[i]];
    if (v > 0) {
      units += v;
      active++;
    }
  }
  return { units, active };
}
