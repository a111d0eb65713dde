import { monthToIndex } from "@/lib/domain/months";
import { MrrChangeColumnsBuilder, mrrMatrixFromChanges, type MrrMatrix } from "@/lib/metrics/mrr";
import type { KeelDb } from "../connection";

/**
 * The per-customer monthly MRR matrix from customer_mrr_facts (written after each import), the same matrix
 * buildMrrMatrix makes from all subscriptions, without reading a subscription. Null while some customer's
 * facts are pending (the import worker is still writing them): then only the subscriptions are whole.
 */
export function loadMrrFacts(db: KeelDb, customerIndex: ReadonlyMap<string, number>): MrrMatrix | null {
  if (db.$client.prepare(`SELECT EXISTS (SELECT 1 FROM mrr_facts_pending)`).pluck().get()) return null;
  const changes = new MrrChangeColumnsBuilder();
  const months = new Map<string, number>();
  // Primary-key order: each customer's facts together, months ascending.
  const rows = db.$client
    .prepare(`SELECT customer_id, month, mrr_units FROM customer_mrr_facts ORDER BY customer_id, month`)
    .raw()
    .iterate() as IterableIterator<[string, string, number]>;
  for (const [customerId, month, units] of rows) {
    const c = customerIndex.get(customerId);
    if (c === undefined) continue;
    let m = months.get(month);
    if (m === undefined) months.set(month, (m = monthToIndex(month)));
    changes.push(c, m, units);
  }
  return mrrMatrixFromChanges(customerIndex.size, changes.columns());
}
