import type { HealthSettings, Month } from "@/lib/domain/types";
import { scoreCustomerHealth, type CustomerHealth, type HealthInputs } from "./health";
import type { PreparedDataset } from "./prepare";

/**
 * A customer's health depends only on the data, the month and the settings, never on the period's
 * start or the filters, so scores are kept per prepared dataset (one per data version).
 */
const memo = new WeakMap<PreparedDataset, Map<string, Map<number, CustomerHealth>>>();

/** A scorer for one month and one set of settings that remembers every score it computes. */
export function healthScorer(p: PreparedDataset, inputs: HealthInputs, to: Month, settings: HealthSettings): (customer: number) => CustomerHealth {
  let byKey = memo.get(p);
  if (!byKey) memo.set(p, (byKey = new Map()));
  const key = `${to}|${JSON.stringify(settings)}`;
  let scores = byKey.get(key);
  if (!scores) {
    if (byKey.size > 32) byKey.clear();
    byKey.set(key, (scores = new Map()));
  }
  const known = scores;
  return (customer) => {
    let score = known.get(customer);
    if (!score) {
      score = scoreCustomerHealth(p.customers[customer].customerId, inputs, to, settings);
      known.set(customer, score);
    }
    return score;
  };
}
