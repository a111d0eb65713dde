import { indexToMonth, monthToIndex, type MonthIndex } from "@/lib/domain/months";
import type { Filters, Month } from "@/lib/domain/types";
import { filterCustomers } from "./filters";
import { mrrColumn, type MrrMatrix } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { pct } from "./ratio";

/** Sums over the cohort (customers with MRR > 0 at the start snapshot), MRR in units. */
export interface CohortTotals {
  size: number;
  /** Cohort customers still active at the end snapshot. */
  retained: number;
  start: number;
  end: number;
  /** sum(min(e, s)) */
  kept: number;
  /** sum(max(0, e - s)) */
  expanded: number;
}

export function cohortTotals(startCol: Float64Array, endCol: Float64Array, customers: Int32Array): CohortTotals {
  const t: CohortTotals = { size: 0, retained: 0, start: 0, end: 0, kept: 0, expanded: 0 };
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    const s = startCol[c];
    if (s <= 0) continue;
    const e = endCol[c];
    t.size++;
    t.start += s;
    t.end += e;
    if (e > 0) t.retained++;
    if (e >= s) {
      t.kept += s;
      t.expanded += e - s;
    } else t.kept += e;
  }
  return t;
}

/** Cohort of the period from..to: start snapshot = month before `from`, end snapshot = `to`. */
export function periodCohort(mx: MrrMatrix, customers: Int32Array, from: MonthIndex, to: MonthIndex): CohortTotals {
  return cohortTotals(mrrColumn(mx, from - 1), mrrColumn(mx, to), customers);
}

export interface RetentionRates {
  nrr: number | null;
  grr: number | null;
  expansion_mrr_pct: number | null;
  mrr_churn_pct: number | null;
  net_mrr_churn_pct: number | null;
  logo_churn_rate: number | null;
  crr: number | null;
}

export function retentionRates(t: CohortTotals): RetentionRates {
  const nrr = pct(t.end, t.start);
  const grr = pct(t.kept, t.start);
  return {
    nrr,
    grr,
    expansion_mrr_pct: pct(t.expanded, t.start),
    mrr_churn_pct: grr === null ? null : 100 - grr,
    net_mrr_churn_pct: nrr === null ? null : 100 - nrr,
    logo_churn_rate: pct(t.size - t.retained, t.size),
    crr: pct(t.retained, t.size),
  };
}

export interface TrailingRetention {
  month: Month;
  nrr: number | null;
  grr: number | null;
}

/** Per month m, NRR and GRR of the 12-month period ending with m (cohort at m-12). */
export function trailingRetention(p: PreparedDataset, filters: Filters, from: Month, to: Month): TrailingRetention[] {
  const customers = filterCustomers(p, filters);
  const out: TrailingRetention[] = [];
  for (let m = monthToIndex(from); m <= monthToIndex(to); m++) {
    const rates = retentionRates(periodCohort(p.mrr, customers, m - 11, m));
    out.push({ month: indexToMonth(m), nrr: rates.nrr, grr: rates.grr });
  }
  return out;
}

export interface MonthlyRetention {
  month: Month;
  crr: number | null;
  net_mrr_churn_pct: number | null;
}

/** Per month m, the one-month CRR and net MRR churn (from = to = m) that GET /api/metrics' months leave out. */
export function monthlyRetention(p: PreparedDataset, filters: Filters, from: Month, to: Month): MonthlyRetention[] {
  const customers = filterCustomers(p, filters);
  const out: MonthlyRetention[] = [];
  for (let m = monthToIndex(from); m <= monthToIndex(to); m++) {
    const rates = retentionRates(periodCohort(p.mrr, customers, m, m));
    out.push({ month: indexToMonth(m), crr: rates.crr, net_mrr_churn_pct: rates.net_mrr_churn_pct });
  }
  return out;
}
