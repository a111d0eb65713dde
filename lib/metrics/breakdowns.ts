import type { MonthIndex } from "@/lib/domain/months";
import { mrrColumn, toArr, toMrr } from "./mrr";
import type { PeriodSeries } from "./month-series";
import type { PreparedDataset } from "./prepare";
import { divide, pct } from "./ratio";
import { periodCohort, retentionRates } from "./retention";
import type { CsmLoad, SegmentMetrics } from "./types";

/** One row per segment that has filtered customers (active or not), in p.segments order. */
export function segmentRows(
  p: PreparedDataset,
  bySegment: readonly Int32Array[],
  series: PeriodSeries,
  from: MonthIndex,
  to: MonthIndex,
): SegmentMetrics[] {
  const rows: SegmentMetrics[] = [];
  p.segments.forEach((segment, s) => {
    if (bySegment[s].length === 0) return;
    const revenue = toMrr(series.segmentRevenueUnits[s]);
    const cost = series.segmentCostToServe[s];
    const rates = retentionRates(periodCohort(p.mrr, bySegment[s], from, to));
    rows.push({
      segment,
      mrr: toMrr(series.segmentUnitsAtEnd[s]),
      active_customers: series.segmentActiveAtEnd[s],
      revenue,
      cost_to_serve: cost,
      cost_to_carry_ratio: pct(cost, revenue),
      cost_to_serve_per_customer: divide(cost, series.segmentActiveMonths[s]),
      margin: revenue - cost,
      nrr: rates.nrr,
      grr: rates.grr,
    });
  });
  return rows;
}

/** Loaded ARR per CSM: each non-blank csm with at least one active filtered customer at `to`. */
export function csmRows(p: PreparedDataset, customers: Int32Array, to: MonthIndex): CsmLoad[] {
  const col = mrrColumn(p.mrr, to);
  const load = new Map<string, { units: number; customers: number }>();
  for (const c of customers) {
    const csm = p.customers[c].csm?.trim();
    if (!csm || col[c] <= 0) continue;
    const row = load.get(csm) ?? { units: 0, customers: 0 };
    row.units += col[c];
    row.customers++;
    load.set(csm, row);
  }
  return [...load.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([csm, row]) => ({ csm, arr: toArr(row.units), customers: row.customers }));
}
