import { openDatabase } from "@/db/connection";
import { loadEventTable } from "@/db/queries/dataset-parts";
import { readEventSnapshot } from "@/db/queries/event-snapshots";
import { loadCustomers } from "@/db/queries/dataset-parts";
import { indexCustomers } from "@/lib/metrics/prepare";
const t = <T,>(l: string, f: () => T): T => { const s = performance.now(); const v = f(); console.log(l, (performance.now() - s).toFixed(0)); return v; };
const db = openDatabase("/tmp/k50.db");
const index = indexCustomers(loadCustomers(db));
for (let i = 0; i < 2; i++) for (const k of ["lifecycle", "surveys", "tickets", "usage"] as const) {
  t("raw blob " + k, () => db.$client.prepare("select columns from event_column_snapshots where kind = ?").pluck().get(k));
  t("snapshot " + k, () => readEventSnapshot(db, k, db.$client.prepare("select version from kind_versions where kind=?").pluck().get(k) as number));
  t("table " + k, () => loadEventTable(db, k, index));
}
