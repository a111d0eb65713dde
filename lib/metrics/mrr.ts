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

/** A month where one of a customer's subscriptions starts or ends, and the customer's MRR units from then on. */
export interface MrrChange {
  month: MonthIndex;
  units: number;
}

/**
 * One customer's MRR as the months where one of its subscriptions starts or ends, ascending: the
 * customer's MRR in any month is the units of the latest change at or before it (0 before the first).
 * A month where starts and ends cancel out is kept, so the matrix built from changes has exactly the
 * columns it would have from subscriptions (the first column is the app's first data month).
 */
export function customerMrrChanges(
  subscriptions: readonly Pick<Subscription, "amount" | "billingPeriod" | "startDate" | "endDate">[],
): MrrChange[] {
  const deltas = new Map<MonthIndex, number>();
  for (const s of subscriptions) {
    const [start, end] = activeSpan(s);
    if (end <= start) continue;
    const units = subscriptionUnits(s);
    deltas.set(start, (deltas.get(start) ?? 0) + units);
    if (Number.isFinite(end)) deltas.set(end, (deltas.get(end) ?? 0) - units);
  }
  const months = [...deltas.keys()].sort((a, b) => a - b);
  let units = 0;
  return months.map((month) => ({ month, units: (units += deltas.get(month)!) }));
}

/** Per-customer MRR changes as typed columns: each customer's rows together, months ascending within them. */
export interface MrrChangeColumns {
  readonly length: number;
  readonly customer: Int32Array;
  readonly month: Int32Array;
  readonly units: Float64Array;
}

export class MrrChangeColumnsBuilder {
  private length = 0;
  private customer = new Int32Array(1024);
  private month = new Int32Array(1024);
  private units = new Float64Array(1024);

  push(customer: number, month: MonthIndex, units: number): void {
    if (this.length === this.customer.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.customer = grow(this.customer);
      this.month = grow(this.month);
      this.units = grow(this.units);
    }
    this.customer[this.length] = customer;
    this.month[this.length] = month;
    this.units[this.length] = units;
    this.length++;
  }

  columns(): MrrChangeColumns {
    return { length: this.length, customer: this.customer, month: this.month, units: this.units };
  }
}

/** The matrix of `customers` customers from their changes (customerMrrChanges, or the same rows read back from the database). */
export function mrrMatrixFromChanges(customers: number, changes: MrrChangeColumns): MrrMatrix {
  const n = customers;
  const months = new Set<number>();
  for (let i = 0; i < changes.length; i++) months.add(changes.month[i]);
  const changeMonths = Int32Array.from([...months].sort((a, b) => a - b));
  const columnAt = new Map<number, number>();
  changeMonths.forEach((m, k) => columnAt.set(m, k));
  const units = new Float64Array(changeMonths.length * n);
  const firstActive = new Int32Array(n).fill(-1);
  for (let i = 0; i < changes.length; i++) {
    const c = changes.customer[i];
    const v = changes.units[i];
    if (v === 0) continue;
    const next = i + 1 < changes.length && changes.customer[i + 1] === c ? columnAt.get(changes.month[i + 1])! : changeMonths.length;
    for (let k = columnAt.get(changes.month[i])!; k < next; k++) units[k * n + c] = v;
    if (firstActive[c] === -1 && v > 0) firstActive[c] = changes.month[i];
  }
  return { customers: n, changeMonths, units, firstActive, zero: new Float64Array(n) };
}

export function buildMrrMatrix(subscriptions: readonly Subscription[], customerIndex: ReadonlyMap<string, number>): MrrMatrix {
  const n = customerIndex.size;
  const byCustomer: Subscription[][] = new Array(n);
  for (const s of subscriptions) {
    const c = customerIndex.get(s.customerId);
    if (c === undefined) continue;
    (byCustomer[c] ??= []).push(s);
  }
  const changes = new MrrChangeColumnsBuilder();
  for (let c = 0; c < n; c++) {
    if (byCustomer[c]) for (const { month, units } of customerMrrChanges(byCustomer[c])) changes.push(c, month, units);
  }
  return mrrMatrixFromChanges(n, changes.columns());
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
