import { addMonths, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, Month, Period } from "@/lib/domain/types";
import { revenueCohortMatrix } from "./cohorts";
import { computeMetrics } from "./compute-metrics";
import { filterCustomers, normalizeFilters } from "./filters";
import { mrrColumn, sumUnits, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { monthlyRetention, periodCohort, trailingRetention, type MonthlyRetention, type TrailingRetention } from "./retention";
import { periodLength, trailingUnitEconomics, type TrailingUnitEconomics } from "./trailing-unit-economics";
import type { MetricsSummary } from "./types";

export interface CohortMatrixRow {
  cohort: Month;
  customers: number;
  starting_mrr: number;
  /** NRR of the cohort per month since its start month (0 = start month), up to `to`. */
  cells: number[];
}

/** GET /api/dashboards/executive: what the Executive dashboard needs beyond GET /api/metrics. */
export interface ExecutiveResponse {
  period: Period;
  filters: Filters;
  /** MRR at the start snapshot (the month before `from`): the bridge's first bar. */
  start_mrr: number;
  /** Customers active at the start snapshot: the cohort behind NRR, GRR and logo churn. */
  cohort_size: number;
  previous_period: Period;
  /** Summary of the previous period of equal length; null when it ends before any data. */
  previous: MetricsSummary | null;
  trailing_retention: TrailingRetention[];
  /** One-month CRR and net MRR churn per month of the period. */
  monthly_retention: MonthlyRetention[];
  unit_economics: TrailingUnitEconomics[];
  cohorts: CohortMatrixRow[];
}

export function previousPeriod(period: Period): Period {
  const n = periodLength(period);
  return { from: addMonths(period.from, -n), to: addMonths(period.from, -1) };
}

export function computeExecutive(p: PreparedDataset, period: Period, filters: Filters, health: HealthSettings): ExecutiveResponse {
  const f = normalizeFilters(filters);
  const customers = filterCustomers(p, f);
  const from = monthToIndex(period.from);
  const prev = previousPeriod(period);
  const firstData = p.mrr.changeMonths.length > 0 ? p.mrr.changeMonths[0] : p.latestMonth;
  const hasPrevious = firstData !== null && monthToIndex(prev.to) >= firstData;
  return {
    period: { from: period.from, to: period.to },
    filters: f,
    start_mrr: toMrr(sumUnits(mrrColumn(p.mrr, from - 1), customers).units),
    cohort_size: periodCohort(p.mrr, customers, from, monthToIndex(period.to)).size,
    previous_period: prev,
    previous: hasPrevious ? computeMetrics(p, prev, f, health).summary : null,
    trailing_retention: trailingRetention(p, f, period.from, period.to),
    monthly_retention: monthlyRetention(p, f, period.from, period.to),
    unit_economics: trailingUnitEconomics(p, f, period),
    cohorts: revenueCohortMatrix(p, f, period.to).map((row) => ({
      cohort: row.cohort,
      customers: row.customers,
      starting_mrr: row.startingMrr,
      cells: row.cells,
    })),
  };
}
