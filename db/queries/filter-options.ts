import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { indexToMonth } from "@/lib/domain/months";
import { defaultPeriod } from "@/lib/metrics/prepare";
import { csmList, planList, segmentList } from "@/lib/metrics/filters";
import type { FilterOptions } from "@/lib/domain/filter-options";

/** What the filter bar offers; null when there is no data yet. */
export function getFilterOptions(db: KeelDb): FilterOptions | null {
  const p = getPreparedDataset(db);
  const period = defaultPeriod(p);
  if (!period || p.latestMonth === null) return null;
  const firstChange = p.mrr.changeMonths.length > 0 ? p.mrr.changeMonths[0] : p.latestMonth;
  return {
    segments: segmentList(p),
    csms: csmList(p),
    plans: planList(p),
    firstMonth: indexToMonth(Math.min(firstChange, p.latestMonth)),
    lastMonth: indexToMonth(p.latestMonth),
    defaultPeriod: period,
  };
}
