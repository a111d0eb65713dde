/**
 * Small read-back helpers for the demo data set's tests and sanity report: month-end MRR per
 * customer computed the way METRICS.md defines it, straight from the generated rows.
 */
import { indexToMonth, monthToIndex } from "../domain/months";
import type { CsvRow } from "./columns";

const PERIOD_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12, "": 1 };

/** customer_id -> MRR per month index from `first` to `last` (month-end snapshots). */
export function mrrByCustomer(subscriptions: readonly CsvRow[], first: string, last: string): Map<string, Float64Array> {
  const lo = monthToIndex(first);
  const n = monthToIndex(last) - lo + 1;
  const out = new Map<string, Float64Array>();
  for (const s of subscriptions) {
    let series = out.get(s.customer_id);
    if (!series) out.set(s.customer_id, (series = new Float64Array(n)));
    const mrr = Number(s.amount) / PERIOD_MONTHS[s.billing_period];
    const from = monthToIndex(s.start_date.slice(0, 7)) - lo;
    // Active in m when end_date > last day of m, i.e. end_date falls in a later month.
    const to = s.end_date ? monthToIndex(s.end_date.slice(0, 7)) - lo : n;
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) series[i] += mrr;
  }
  return out;
}

export interface MonthSummary {
  month: string;
  mrr: number;
  active: number;
  churned: number;
  reactivated: number;
  /** Churned / active the month before x 100. */
  logoChurn: number | null;
}

export function monthlySummary(mrr: Map<string, Float64Array>, first: string): MonthSummary[] {
  const series = [...mrr.values()];
  const n = series[0]?.length ?? 0;
  const out: MonthSummary[] = [];
  for (let i = 0; i < n; i++) {
    let total = 0;
    let active = 0;
    let churned = 0;
    let reactivated = 0;
    let previousActive = 0;
    for (const s of series) {
      total += s[i];
      if (s[i] > 0) active++;
      if (i > 0 && s[i - 1] > 0) previousActive++;
      if (i > 0 && s[i - 1] > 0 && s[i] === 0) churned++;
      if (i > 1 && s[i - 1] === 0 && s[i] > 0 && s.subarray(0, i - 1).some((v) => v > 0)) reactivated++;
    }
    out.push({
      month: indexToMonth(monthToIndex(first) + i),
      mrr: total,
      active,
      churned,
      reactivated,
      logoChurn: i > 0 && previousActive > 0 ? (churned / previousActive) * 100 : null,
    });
  }
  return out;
}

/** True when the series goes >0, then 0, then >0 again. */
export function isReactivated(series: Float64Array): boolean {
  let state = 0;
  for (const v of series) {
    if (state === 0 && v > 0) state = 1;
    else if (state === 1 && v === 0) state = 2;
    else if (state === 2 && v > 0) return true;
  }
  return false;
}
