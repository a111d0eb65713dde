import type { Month } from "@/lib/domain/types";
import type { HealthSettings } from "@/lib/domain/types";
import { healthFactorsOf, healthOfFactors, type CustomerHealth, type HealthInputs } from "./health";
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

/** A scorer for one month and one set of settings that remembers every customer's factors it works out. */
export function healthScorer(
  p: PreparedDataset,
  inputs: HealthInputs,
  to: Month,
  settings: HealthSettings,
): (customer: number) => CustomerHealth {
  let byMonth = memo.get(p);
  if (!byMonth) memo.set(p, (byMonth = new Map()));
  let month = byMonth.get(to);
  if (!month) {
    if (byMonth.size > 48) byMonth.clear();
    const n = p.customers.length;
    byMonth.set(to, (month = { values: new Float64Array(n * FACTORS), known: new Uint8Array(n) }));
  }
  const { values, known } = month;
  return (customer) => {
    const id = p.customers[customer].customerId;
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
      return healthOfFactors(id, f, settings);
    }
    // The same key order as healthFactors builds.
    const factors = {
      usage: values[at],
      support: values[at + 1],
      sentiment: values[at + 2],
      usage_trend: values[at + 3],
      lifecycle: values[at + 4],
      mrr_trend: values[at + 5],
    };
    return healthOfFactors(id, factors, settings);
  };
}
