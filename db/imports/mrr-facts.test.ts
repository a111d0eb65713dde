import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import { classifyMovement } from "@/lib/metrics/movements";
import { buildMrrMatrix, mrrColumn } from "@/lib/metrics/mrr";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { loadDatasetParts } from "../queries/dataset-parts";
import { loadMrrFacts } from "../queries/mrr-facts";
import { importCsv } from "./import-csv";
import { fillMissingMrrFacts, refreshPendingMrrFacts } from "./mrr-facts";
import { undoImport } from "./undo-import";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const CUSTOMERS = "customer_id,name,signup_date\nC-1,Acme,2023-01-01\nC-2,Globex,2023-01-01\nC-3,Initech,2023-01-01\n";
const HEADER = "subscription_id,customer_id,amount,billing_period,start_date,end_date\n";

async function load(db: KeelDb, kind: "customers" | "subscriptions", body: string): Promise<number> {
  const outcome = await importCsv(db, {
    kind,
    fileName: `${kind}.csv`,
    userEmail: null,
    input: kind === "subscriptions" ? HEADER + body : body,
  });
  if (!outcome.ok) throw new Error(`${outcome.error} ${JSON.stringify(outcome.errors)}`);
  return outcome.result.import_id;
}

type FactRow = [customerId: string, month: string, units: number, movement: string | null, active: number];
/** The facts once the import worker has recomputed the pending customers, as it does just after answering. */
function storedFacts(db: KeelDb): FactRow[] {
  refreshPendingMrrFacts(db);
  return db.$client
    .prepare("SELECT customer_id, month, mrr_units, movement, active FROM customer_mrr_facts ORDER BY customer_id, month")
    .raw()
    .all() as FactRow[];
}
/** customer, month, MRR in major units (mrr_units / 120,000), movement, active. */
const facts = (db: KeelDb) => storedFacts(db).map(([c, m, units, movement, active]) => [c, m, units / 120_000, movement, active]);

/** The facts table says, for every customer and month, what the matrix built from all subscriptions says. */
function expectFactsInStep(db: KeelDb): void {
  refreshPendingMrrFacts(db);
  const ds = loadDatasetParts(db);
  const index = new Map(ds.customers.map((c, i) => [c.customerId, i]));
  const built = buildMrrMatrix(ds.subscriptions, index);
  expect(loadMrrFacts(db, index)).toEqual(built);
  const stored = new Map(storedFacts(db).map(([c, m, units, movement]) => [`${c} ${m}`, { units, movement }]));
  const first = built.changeMonths[0] ?? monthToIndex("2024-01");
  const last = built.changeMonths.at(-1) ?? first;
  for (const [id, c] of index) {
    let units = 0;
    for (let m = first - 1; m <= last + 1; m++) {
      const month = `${String(Math.floor(m / 12)).padStart(4, "0")}-${String((m % 12) + 1).padStart(2, "0")}`;
      const row = stored.get(`${id} ${month}`);
      if (row) units = row.units;
      const prev = mrrColumn(built, m - 1)[c];
      const cur = mrrColumn(built, m)[c];
      expect(units, `${id} ${month}`).toBe(cur);
      expect(row?.movement ?? null, `${id} ${month}`).toBe(classifyMovement(prev, cur, built.firstActive[c], m));
    }
  }
}

describe("customer_mrr_facts at import time", () => {
  it("holds the months where each customer's subscriptions start or end, with MRR, movement and active flag", async () => {
    await load(db, "customers", CUSTOMERS);
    // C-1: 100/month Jan-Mar, then 80/month from Jun (churn in Apr, reactivation in Jun).
    // C-2: 1200/year = 100/month from Feb; 50/month more from Mar; the 50 ends mid-May (on 2024-05-20), so from May it is 100.
    await load(
      db,
      "subscriptions",
      "S-1,C-1,100,month,2024-01-15,2024-04-01\nS-2,C-1,80,month,2024-06-10,\nS-3,C-2,1200,year,2024-02-01,\nS-4,C-2,50,month,2024-03-01,2024-05-20\n",
    );
    expect(facts(db)).toEqual([
      ["C-1", "2024-01", 100, "new", 1],
      ["C-1", "2024-04", 0, "churn", 0],
      ["C-1", "2024-06", 80, "reactivation", 1],
      ["C-2", "2024-02", 100, "new", 1],
      ["C-2", "2024-03", 150, "expansion", 1],
      ["C-2", "2024-05", 100, "contraction", 1],
    ]);
    expectFactsInStep(db);
  });

  it("recomputes only the customers an import touched, both of them when a subscription moves", async () => {
    await load(db, "customers", CUSTOMERS);
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-01-01,\nS-2,C-2,200,month,2024-01-01,\n");
    const before = facts(db);
    // Which customers' facts get written from here on.
    db.$client.exec(`CREATE TEMP TABLE written (customer_id TEXT);
      CREATE TEMP TRIGGER fact_in AFTER INSERT ON main.customer_mrr_facts BEGIN INSERT INTO written VALUES (NEW.customer_id); END;
      CREATE TEMP TRIGGER fact_out AFTER DELETE ON main.customer_mrr_facts BEGIN INSERT INTO written VALUES (OLD.customer_id); END;`);
    const written = () => db.$client.prepare("SELECT DISTINCT customer_id FROM written ORDER BY 1").pluck().all();
    // The same file again changes no subscription, so no fact either.
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-01-01,\nS-2,C-2,200,month,2024-01-01,\n");
    expect(facts(db)).toEqual(before);
    expect(written()).toEqual([]);
    // S-2 moves from C-2 to C-3: C-2 loses its facts, C-3 gets them; C-1 is not rewritten.
    await load(db, "subscriptions", "S-2,C-3,200,month,2024-01-01,\n");
    expect(facts(db)).toEqual([
      ["C-1", "2024-01", 100, "new", 1],
      ["C-3", "2024-01", 200, "new", 1],
    ]);
    expect(written()).toEqual(["C-2", "C-3"]);
    expectFactsInStep(db);
  });

  it("the import lists the customers it touched as pending, and their facts are written after it, in one go", async () => {
    await load(db, "customers", CUSTOMERS);
    const pending = () => db.$client.prepare("SELECT customer_id FROM mrr_facts_pending ORDER BY 1").pluck().all();
    const rawFacts = () => db.$client.prepare("SELECT customer_id, month FROM customer_mrr_facts ORDER BY 1, 2").raw().all();
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-01-01,\nS-2,C-3,200,month,2024-02-01,\n");
    expect(pending()).toEqual(["C-1", "C-3"]);
    expect(rawFacts()).toEqual([]);
    // Meanwhile a reader builds the matrix from the subscriptions.
    const index = new Map(["C-1", "C-2", "C-3"].map((id, i) => [id, i]));
    expect(loadMrrFacts(db, index)).toBeNull();
    expect(refreshPendingMrrFacts(db)).toBe(2);
    expect(loadMrrFacts(db, index)).toEqual(buildMrrMatrix(loadDatasetParts(db).subscriptions, index));
    expect(pending()).toEqual([]);
    expect(rawFacts()).toEqual([
      ["C-1", "2024-01"],
      ["C-3", "2024-02"],
    ]);
    // Nothing pending: nothing written, not even an empty transaction.
    const changes = db.$client.prepare("SELECT total_changes()").pluck();
    const before = changes.get();
    expect(refreshPendingMrrFacts(db)).toBe(0);
    expect(changes.get()).toBe(before);
  });

  it("undo restores the facts exactly", async () => {
    await load(db, "customers", CUSTOMERS);
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-01-01,\nS-2,C-2,1200,year,2024-03-01,2025-03-01\n");
    const before = facts(db);
    // Raises S-1 to 150 from March (a new row), ends S-2 early and adds C-3.
    const second = await load(
      db,
      "subscriptions",
      "S-2,C-2,1200,year,2024-03-01,2024-09-01\nS-3,C-1,50,month,2024-03-01,\nS-4,C-3,10,month,2024-02-01,\n",
    );
    expect(facts(db)).toEqual([
      ["C-1", "2024-01", 100, "new", 1],
      ["C-1", "2024-03", 150, "expansion", 1],
      ["C-2", "2024-03", 100, "new", 1],
      ["C-2", "2024-09", 0, "churn", 0],
      ["C-3", "2024-02", 10, "new", 1],
    ]);
    expect(undoImport(db, second).ok).toBe(true);
    expect(facts(db)).toEqual(before);
    expectFactsInStep(db);
  });

  it("a failed import leaves the facts untouched", async () => {
    await load(db, "customers", CUSTOMERS);
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-01-01,\n");
    const before = facts(db);
    // Valid rows but one names a customer that does not exist: nothing is written.
    const unknown = await importCsv(db, {
      kind: "subscriptions",
      fileName: "s.csv",
      userEmail: null,
      input: `${HEADER}S-1,C-1,500,month,2024-01-01,\nS-9,C-404,10,month,2024-01-01,\n`,
    });
    expect(unknown.ok).toBe(false);
    // A repeated key: refused after staging.
    const repeated = await importCsv(db, {
      kind: "subscriptions",
      fileName: "s.csv",
      userEmail: null,
      input: `${HEADER}S-1,C-1,500,month,2024-01-01,\nS-1,C-2,10,month,2024-01-01,\n`,
    });
    expect(repeated.ok).toBe(false);
    expect(facts(db)).toEqual(before);
  });

  it("a Stripe export writes the facts of the customers it creates, and its undo removes them", async () => {
    const sample = fs.readFileSync(path.join(process.cwd(), "lib/import/sources/samples/stripe-subscriptions.csv"), "utf8");
    const outcome = await importCsv(db, { kind: "subscriptions", fileName: "stripe.csv", userEmail: null, input: sample });
    expect(outcome.ok).toBe(true);
    // Initech (import-source.test.ts): 200/month Feb-May, back with 250/month from September.
    expect(facts(db).filter(([c]) => c === "cus_PcInitech")).toEqual([
      ["cus_PcInitech", "2024-02", 200, "new", 1],
      ["cus_PcInitech", "2024-06", 0, "churn", 0],
      ["cus_PcInitech", "2024-09", 250, "reactivation", 1],
    ]);
    expectFactsInStep(db);
    expect(undoImport(db, outcome.ok ? outcome.result.import_id : 0).ok).toBe(true);
    expect(facts(db)).toEqual([]);
  });
});

describe("fillMissingMrrFacts", () => {
  it("fills a database whose subscriptions predate the facts, once; then it only reads", async () => {
    await load(db, "customers", CUSTOMERS);
    await load(
      db,
      "subscriptions",
      "S-1,C-1,100,month,2024-01-01,2024-05-01\nS-2,C-2,300,quarter,2024-02-01,\nS-3,C-3,10,month,2024-02-03,2024-02-20\n",
    );
    const expected = facts(db);
    db.$client.exec("DELETE FROM customer_mrr_facts");
    // C-3's subscription is never active, so it has no facts, but it is recomputed all the same.
    expect(fillMissingMrrFacts(db)).toBe(3);
    expect(facts(db)).toEqual(expected);
    const changes = db.$client.prepare("SELECT total_changes()").pluck();
    const start = changes.get() as number;
    expect(fillMissingMrrFacts(db)).toBe(0);
    expect(changes.get()).toBe(start);
  });

  it("reads only when no subscription has an active month", async () => {
    await load(db, "customers", CUSTOMERS);
    await load(db, "subscriptions", "S-1,C-1,100,month,2024-02-03,2024-02-20\n");
    expect(facts(db)).toEqual([]);
    expect(fillMissingMrrFacts(db)).toBe(0);
  });
});

describe("facts under random imports and undos (fast-check, fixed seed)", () => {
  const day = fc
    .record({ y: fc.constantFrom(2023, 2024), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 15, 28) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  const row = fc
    .record({
      id: fc.constantFrom("S-1", "S-2", "S-3", "S-4", "S-5"),
      customer: fc.constantFrom("C-1", "C-2", "C-3"),
      // Also amounts with 17 significant digits: the refresh reads them back through JSON text.
      amount: fc.oneof(
        fc.constantFrom(0, 10, 99.99, 100, 250, 1200),
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 7),
      ),
      period: fc.constantFrom("month", "quarter", "year"),
      start: day,
      end: fc.option(day, { nil: null }),
    })
    .map((r) => `${r.id},${r.customer},${r.amount},${r.period},${r.start},${r.end !== null && r.end > r.start ? r.end : ""}`);
  // An undo names an earlier import by position; a refused undo (a later import changed its rows) is a step too.
  const step = fc.oneof(
    { weight: 3, arbitrary: fc.array(row, { minLength: 1, maxLength: 4 }).map((rows) => ({ rows })) },
    { weight: 1, arbitrary: fc.nat().map((undo) => ({ undo })) },
  );

  it("keeps the facts table equal to the matrix of all subscriptions after every step", async () => {
    const seen = { imported: 0, failed: 0, undone: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), async (steps) => {
        const fresh = openTemporaryDatabase();
        try {
          await load(fresh, "customers", CUSTOMERS);
          const done: number[] = [];
          for (const s of steps) {
            if ("rows" in s) {
              // Repeated ids inside a file make it fail: then nothing may change.
              const before = facts(fresh);
              const outcome = await importCsv(fresh, {
                kind: "subscriptions",
                fileName: "s.csv",
                userEmail: null,
                input: HEADER + s.rows.join("\n") + "\n",
              });
              if (outcome.ok) {
                done.push(outcome.result.import_id);
                seen.imported++;
              } else {
                expect(facts(fresh)).toEqual(before);
                seen.failed++;
              }
            } else if (done.length > 0) {
              seen[undoImport(fresh, done[s.undo % done.length]).ok ? "undone" : "refused"]++;
            }
            expectFactsInStep(fresh);
          }
        } finally {
          fresh.$client.close();
        }
      }),
      { seed: 1414, numRuns: 40 },
    );
    expect(
      Object.values(seen).every((n) => n > 0),
      JSON.stringify(seen),
    ).toBe(true);
  });
});
