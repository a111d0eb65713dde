import { indexToMonth, monthToIndex } from "@/lib/domain/months";
import type { Filters, Month } from "@/lib/domain/types";
import { filterCustomers } from "./filters";
import { mrrColumn, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";

export interface RevenueCohortRow {
  /** The customers' start month: their first month with MRR > 0. */
  cohort: Month;
  customers: number;
  /** Sum of the members' MRR in the start month, major units. */
  startingMrr: number;
  /** Per month since start (0 = start month, up to `to`): cohort MRR / starting MRR x 100. */
  cells: number[];
}

/** Revenue retention heatmap of the filtered customers, cohorts by start month up to `to`. */
export function revenueCohortMatrix(p: PreparedDataset, filters: Filters, to?: Month): RevenueCohortRow[] {
  const last = to ? monthToIndex(to) : p.latestMonth;
  if (last === null) return [];
  const byStart = new Map<number, number[]>();
  for (const c of filterCustomers(p, filters)) {
    const start = p.mrr.firstActive[c];
    if (start < 0 || start > last) continue;
    const list = byStart.get(start);
    if (list) list.push(c);
    else byStart.set(start, [c]);
  }
  const rows: RevenueCohortRow[] = [];
  for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
    const members = byStart.get(start)!;
    const sums: number[] = [];
    for (let m = start; m <= last; m++) {
      const col = mrrColumn(p.mrr, m);
      let sum = 0;
      for (const c of members) sum += col[c];
      sums.push(sum);
    }
    rows.push({
      cohort: indexToMonth(start),
      customers: members.length,
      startingMrr: toMrr(sums[0]),
      cells: sums.map((s) => (s / sums[0]) * 100),
    });
  }
  return rows;
}
