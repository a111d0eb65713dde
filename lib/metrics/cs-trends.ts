import { monthRange, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, Month, Period } from "@/lib/domain/types";
import { computeMetrics, healthAt } from "./compute-metrics";
import { previousPeriod } from "./executive";
import type { PreparedDataset } from "./prepare";
import type { HealthCounts, MetricsSummary } from "./types";

export interface CsPrevious {
  period: Period;
  /** Summary and health of the previous period of equal length; null when it ends before any data. */
  summary: MetricsSummary | null;
  health: HealthCounts | null;
}

export type HealthMonth = { month: Month } & HealthCounts;

/** What the CS tiles compare against: the previous period of equal length, like the Executive tiles. */
export function csPrevious(p: PreparedDataset, period: Period, filters: Filters, settings: HealthSettings): CsPrevious {
  const prev = previousPeriod(period);
  const firstData = p.mrr.changeMonths.length > 0 ? p.mrr.changeMonths[0] : p.latestMonth;
  if (firstData === null || monthToIndex(prev.to) < firstData) return { period: prev, summary: null, health: null };
  const m = computeMetrics(p, prev, filters, settings);
  return { period: prev, summary: m.summary, health: m.health };
}

/** Health bands and ARR at risk at the end of every month of the period, for the tiles' sparklines. */
export function healthByMonth(p: PreparedDataset, customers: Int32Array, period: Period, settings: HealthSettings): HealthMonth[] {
  return monthRange(period.from, period.to).map((month) => ({ month, ...healthAt(p, customers, month, settings) }));
}
