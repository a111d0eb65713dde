import { monthToIndex } from "@/lib/domain/months";
import { MrrChangeColumnsBuilder, mrrMatrixFromChanges, type MrrMatrix } from "@/lib/metrics/mrr";
import type { KeelDb } from "../connection";

/**
 * The per-customer monthly MRR matrix from customer_mrr_facts (written at import time), the same matrix
 * buildMrrMatrix makes from all subscriptions, without reading a subscription.
 */
export function loadMrrFacts(db: KeelDb, customerIndex: ReadonlyMap<string, number>): MrrMatrix {
  const changes = new MrrChangeColumnsBuilder();
  const months = new Map<string, number>();
  // Primary-key order: each customer's facts together, months ascending.
  const rows = db.$client.prepare(`SELECT customer_id, month, mrr_units FROM customer_mrr_facts ORDER BY customer_id, month`).raw().iterate() as IterableIterator<[string, string, number]>;
  for (const [customerId, month, units] of rows) {
    const c = customerIndex.get(customerId);
    if (c === undefined) continue;
    let m = months.get(month);
    if (m === undefined) months.set(month, (m = monthToIndex(month)));
    changes.push(c, m, units);
  }
  return mrrMatrixFromChanges(customerIndex.size, changes.columns());
}
