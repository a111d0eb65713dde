import type Database from "better-sqlite3";
import { indexToMonth } from "@/lib/domain/months";
import type { BillingPeriod, Subscription } from "@/lib/domain/types";
import { customerMrrFacts } from "@/lib/metrics/mrr-facts";
import type { KeelDb } from "../connection";

/*
 * customer_mrr_facts is derived from subscriptions. The transaction that changes subscriptions lists
 * the customers it touched in mrr_facts_pending (cheap), so the import answers without waiting for the
 * facts; the import worker then recomputes those customers' facts from all their subscriptions in a
 * transaction of its own, a batch of customers at a time, and clears them from the list.
 */

const TOUCHED = "keel_mrr_touched";
const CUSTOMERS_PER_BATCH = 5_000;
const FACTS_PER_STATEMENT = 200;
const FACT_COLUMNS = 5;

type Sqlite = Database.Database;

function startTouched(sqlite: Sqlite): void {
  // Made anew so its rowids run 1..n, which the batches of refreshMrrFacts count on.
  sqlite.exec(`DROP TABLE IF EXISTS temp.${TOUCHED}; CREATE TEMP TABLE ${TOUCHED} (customer_id TEXT NOT NULL);`);
}

/**
 * Marks the facts of the customers of the subscriptions import `importId` wrote, and of the versions it
 * replaced (a subscription may have moved to another customer), as pending. Call in the import's
 * transaction after its upsert, or in its undo's before anything changes.
 */
export function markCustomersOfImport(sqlite: Sqlite, importId: number): void {
  sqlite
    .prepare(
      `INSERT OR IGNORE INTO mrr_facts_pending (customer_id)
       SELECT customer_id FROM subscriptions WHERE import_id = ?
       UNION
       SELECT json_extract(previous, '$.customer_id') FROM import_row_versions
       WHERE import_id = ? AND json_extract(previous, '$.subscription_id') IS NOT NULL`,
    )
    .run(importId, importId);
}

/**
 * Recomputes the facts of every pending customer and clears the list, in one transaction; writes
 * nothing when none is pending. Returns how many customers were recomputed.
 */
export function refreshPendingMrrFacts(db: KeelDb): number {
  const sqlite = db.$client;
  if (!sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM mrr_facts_pending)`).pluck().get()) return 0;
  return sqlite
    .transaction(() => {
      startTouched(sqlite);
      sqlite.prepare(`INSERT INTO temp.${TOUCHED} (customer_id) SELECT customer_id FROM mrr_facts_pending ORDER BY 1`).run();
      sqlite.prepare(`DELETE FROM mrr_facts_pending`).run();
      return refreshMrrFacts(sqlite);
    })
    .immediate();
}

type SubscriptionDates = Pick<Subscription, "amount" | "billingPeriod" | "startDate" | "endDate">;

/** Recomputes the facts of the customers in the TEMP list from their stored subscriptions; returns how many customers. */
function refreshMrrFacts(sqlite: Sqlite): number {
  const customers = sqlite.prepare(`SELECT count(*) FROM temp.${TOUCHED}`).pluck().get() as number;
  sqlite.prepare(`DELETE FROM customer_mrr_facts WHERE customer_id IN (SELECT customer_id FROM temp.${TOUCHED})`).run();
  const ids = sqlite.prepare(`SELECT customer_id FROM temp.${TOUCHED} WHERE rowid > ? AND rowid <= ? ORDER BY rowid`).pluck();
  // A batch's subscriptions come as ONE JSON text, far cheaper than a row object each; a subscription
  // names its customer by the customer's rowid in the touched list. Only the months of its dates count.
  const read = sqlite
    .prepare(
      `SELECT json_group_array(json_array(t.rowid, s.amount, s.billing_period, substr(s.start_date, 1, 7), substr(s.end_date, 1, 7)))
       FROM temp.${TOUCHED} t JOIN subscriptions s ON s.customer_id = t.customer_id
       WHERE t.rowid > ? AND t.rowid <= ?`,
    )
    .pluck();
  const writer = new FactWriter(sqlite);
  for (let from = 0; from < customers; from += CUSTOMERS_PER_BATCH) {
    const customerIds = ids.all(from, from + CUSTOMERS_PER_BATCH) as string[];
    const rows = JSON.parse(read.get(from, from + CUSTOMERS_PER_BATCH) as string) as [
      number,
      number,
      BillingPeriod,
      string,
      string | null,
    ][];
    const byCustomer = new Map<number, SubscriptionDates[]>();
    for (const [k, amount, billingPeriod, startDate, endDate] of rows) {
      const subscription = { amount, billingPeriod, startDate, endDate };
      const list = byCustomer.get(k);
      if (list) list.push(subscription);
      else byCustomer.set(k, [subscription]);
    }
    for (const [k, subscriptions] of byCustomer) {
      const customerId = customerIds[k - from - 1];
      for (const f of customerMrrFacts(subscriptions)) writer.add(customerId, indexToMonth(f.month), f.units, f.movement, f.active ? 1 : 0);
    }
  }
  writer.flush();
  sqlite.exec(`DROP TABLE temp.${TOUCHED}`);
  return customers;
}

class FactWriter {
  private params: (string | number | null)[] = [];
  private readonly full: Database.Statement;

  constructor(private readonly sqlite: Sqlite) {
    this.full = sqlite.prepare(this.insertSql(FACTS_PER_STATEMENT));
  }

  private insertSql(rows: number): string {
    const tuple = `(${new Array(FACT_COLUMNS).fill("?").join(",")})`;
    return `INSERT INTO customer_mrr_facts (customer_id, month, mrr_units, movement, active) VALUES ${new Array(rows).fill(tuple).join(",")}`;
  }

  add(customerId: string, month: string, units: number, movement: string | null, active: number): void {
    this.params.push(customerId, month, units, movement, active);
    if (this.params.length === FACTS_PER_STATEMENT * FACT_COLUMNS) {
      this.full.run(this.params);
      this.params = [];
    }
  }

  flush(): void {
    if (this.params.length > 0) this.sqlite.prepare(this.insertSql(this.params.length / FACT_COLUMNS)).run(this.params);
    this.params = [];
  }
}

/**
 * Brings the facts up to date at start-up: a database whose subscriptions predate customer_mrr_facts gets
 * all its customers' facts once, and customers left pending (a worker stopped before recomputing them) get
 * theirs. Otherwise this only reads, so a start where nothing changed writes nothing. Returns the customers
 * recomputed. Facts and pending list are both empty exactly when no subscription has an active month.
 */
export function fillMissingMrrFacts(db: KeelDb): number {
  const sqlite = db.$client;
  const missing = sqlite
    .prepare(
      `SELECT NOT EXISTS (SELECT 1 FROM customer_mrr_facts) AND NOT EXISTS (SELECT 1 FROM mrr_facts_pending)
       AND EXISTS (SELECT 1 FROM subscriptions WHERE end_date IS NULL OR substr(end_date, 1, 7) > substr(start_date, 1, 7))`,
    )
    .pluck()
    .get();
  if (missing) sqlite.prepare(`INSERT OR IGNORE INTO mrr_facts_pending (customer_id) SELECT DISTINCT customer_id FROM subscriptions`).run();
  return refreshPendingMrrFacts(db);
}
