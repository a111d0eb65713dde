/**
 * The MRR matrix from subscriptions (buildMrrMatrix) against the one read from customer_mrr_facts,
 * on a COPY of a database file: `npx tsx scripts/bench/mrr-facts-bench.ts path/to/keel.db [runs]`.
 * The copy is migrated and its facts filled (timed) first; the original is only read. Prints the
 * fastest and the median of the runs (a busy machine slows single runs a lot).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/connection";
import { fillMissingMrrFacts } from "@/db/imports/mrr-facts";
import { loadDatasetParts } from "@/db/queries/dataset-parts";
import { loadMrrFacts } from "@/db/queries/mrr-facts";
import { buildMrrMatrix, type MrrMatrix } from "@/lib/metrics/mrr";
import { prepareParts } from "@/lib/metrics/prepare";

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};
const sameMatrix = (a: MrrMatrix, b: MrrMatrix) =>
  a.changeMonths.join() === b.changeMonths.join() &&
  a.firstActive.join() === b.firstActive.join() &&
  Buffer.compare(Buffer.from(a.units.buffer, 0, a.units.byteLength), Buffer.from(b.units.buffer, 0, b.units.byteLength)) === 0;
const SUBSCRIPTIONS = `select subscription_id as subscriptionId, customer_id as customerId, plan, amount,
  billing_period as billingPeriod, start_date as startDate, end_date as endDate from subscriptions`;

function main() {
  const [source, runsArg] = process.argv.slice(2);
  if (!source) throw new Error("usage: mrr-facts-bench.ts path/to/keel.db [runs]");
  const runs = Number(runsArg ?? 7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-facts-bench-"));
  const file = path.join(dir, "keel.db");
  fs.copyFileSync(source, file);
  try {
    const db = openDatabase(file);
    migrateDatabase(db);
    const [filled, fillMs] = time(() => fillMissingMrrFacts(db));
    const facts = db.$client.prepare("SELECT count(*) FROM customer_mrr_facts").pluck().get() as number;
    console.log(`fill: ${filled} customers, ${facts} facts in ${fillMs.toFixed(0)} ms`);
    const ds = loadDatasetParts(db);
    const index = new Map(ds.customers.map((c, i) => [c.customerId, i]));
    console.log(`${ds.customers.length} customers, ${ds.subscriptions.length} subscriptions`);
    const times: Record<string, number[]> = {
      "read subscriptions": [],
      buildMrrMatrix: [],
      loadMrrFacts: [],
      prepareParts: [],
      "prepareParts with facts": [],
    };
    for (let run = 0; run < runs; run++) {
      times["read subscriptions"].push(time(() => db.$client.prepare(SUBSCRIPTIONS).all())[1]);
      const [built, buildMs] = time(() => buildMrrMatrix(ds.subscriptions, index));
      const [read, factsMs] = time(() => loadMrrFacts(db, index));
      if (!read || !sameMatrix(built, read)) throw new Error("the matrix from facts differs from the one built from subscriptions");
      times.buildMrrMatrix.push(buildMs);
      times.loadMrrFacts.push(factsMs);
      times.prepareParts.push(time(() => prepareParts(ds))[1]);
      times["prepareParts with facts"].push(time(() => prepareParts(ds, (i) => loadMrrFacts(db, i)))[1]);
    }
    for (const [label, ms] of Object.entries(times)) {
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(`${label}: fastest ${sorted[0].toFixed(0)} ms, median ${sorted[sorted.length >> 1].toFixed(0)} ms`);
    }
    console.log("the matrices were identical in every run");
    db.$client.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main();
