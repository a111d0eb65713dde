import type { Month } from "@/lib/domain/types";
import type { HealthSettings } from "@/lib/domain/types";
import {
  healthBand,
  healthFactorsOf,
  healthOfFactors,
  healthTally,
  weightedScoreAt,
  type CustomerHealth,
  type HealthInputs,
  type HealthSummary,
} from "./health";
import { toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";

/**
 * A customer's health factors depend only on the data and the month, never on the period's start,
 * the filters or the weights, so they are kept per prepared dataset (one per data version) and
 * month, as six numbers per customer in one typed array rather than an object per customer-month.
 * The score, band and weakest factor follow from them and the settings.
 */
interface MonthFactors {
  values: Float64Array;
  known: Uint8Array;
}
const FACTORS = 6;
const memo = new WeakMap<PreparedDataset, Map<Month, MonthFactors>>();

/**
 * Every customer's factors at the end of `to`, worked out once per data version: `at(customer)` is
 * where that customer's six factors start in `values`, in HEALTH_FACTORS order.
 */
export function healthFactorTable(
  p: PreparedDataset,
  inputs: HealthInputs,
  to: Month,
): { values: Float64Array; at: (customer: number) => number } {
  let byMonth = memo.get(p);
  if (!byMonth) memo.set(p, (byMonth = new Map()));
  let month = byMonth.get(to);
  if (!month) {
    if (byMonth.size > 48) byMonth.clear();
    const n = p.customers.length;
    byMonth.set(to, (month = { values: new Float64Array(n * FACTORS), known: new Uint8Array(n) }));
  }
  const { values, known } = month;
  const at = (customer: number) => {
    const at = customer * FACTORS;
    if (!known[customer]) {
      const f = healthFactorsOf(customer, inputs, to);
      values[at] = f.usage;
      values[at + 1] = f.support;
      values[at + 2] = f.sentiment;
      values[at + 3] = f.usage_trend;
      values[at + 4] = f.lifecycle;
      values[at + 5] = f.mrr_trend;
      known[customer] = 1;
    }
    return at;
  };
  return { values, at };
}

/** A scorer for one month and one set of settings that remembers every customer's factors it works out. */
export function healthScorer(
  p: PreparedDataset,
  inputs: HealthInputs,
  to: Month,
  settings: HealthSettings,
): (customer: number) => CustomerHealth {
  const { values, at: factorsAt } = healthFactorTable(p, inputs, to);
  return (customer) => {
    const at = factorsAt(customer);
    // The same key order as healthFactors builds.
    const factors = {
      usage: values[at],
      support: values[at + 1],
      sentiment: values[at + 2],
      usage_trend: values[at + 3],
      lifecycle: values[at + 4],
      mrr_trend: values[at + 5],
    };
    return healthOfFactors(p.customers[customer].customerId, factors, settings);
  };
}

/**
 * The health bands of the given customers active at `to` (MRR above 0 in `mrrAtTo`, minor units) and
 * their ARR at risk: healthSummary of their scores, without an object per customer.
 */
export function healthSummaryOfActive(
  p: PreparedDataset,
  inputs: HealthInputs,
  customers: Int32Array,
  to: Month,
  mrrAtTo: Float64Array,
  settings: HealthSettings,
): HealthSummary {
  const { values, at: factorsAt } = healthFactorTable(p, inputs, to);
  const tally = healthTally();
  for (const c of customers) {
    if (mrrAtTo[c] <= 0) continue;
    const band = healthBand(weightedScoreAt(values, factorsAt(c), settings.weights), settings);
    tally.add(band, band === "at_risk" ? toMrr(mrrAtTo[c]) : 0);
  }
  return tally.summary();
}
