/** Times each step of the dashboards' computation in-process (no HTTP): `tsx scripts/bench/profile-views.ts [customers]`. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openTemporaryDatabase } from "@/db/connection";
import { importCsv } from "@/db/imports/import-csv";
import { loadDataset } from "@/db/queries/load-dataset";
import { writeDemoCsvFiles } from "@/lib/demo/write-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { prepareDataset } from "@/lib/metrics/prepare";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { computeExecutive } from "@/lib/metrics/executive";
import { computeCsDashboard } from "@/lib/metrics/cs-dashboard";
import { customerList } from "@/lib/metrics/customer-list";
import { parseCustomersQuery } from "@/lib/api/customers-query";

const time = <T>(label: string, f: () => T): T => {
  const t = performance.now();
  const v = f();
  console.log(`${label}: ${(performance.now() - t).toFixed(0)} ms`);
  return v;
};

async function main() {
  const customers = Number(process.argv[2] ?? 10000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-prof-"));
  const files = await writeDemoCsvFiles(dir, { preset: "large", customers });
  const db = openTemporaryDatabase();
  for (const kind of DATASET_KINDS) {
    const o = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input: fs.createReadStream(files[kind].file) });
    if (!o.ok) throw new Error(o.error);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const ds = time("loadDataset", () => loadDataset(db));
  const p = time("prepareDataset", () => prepareDataset(ds));
  for (const [k, v] of Object.entries(ds)) console.log(`  ${k}: ${(v as unknown[]).length} rows`);
  if (process.env.PREPARE_ONLY) return;
  const period = { from: "2025-11", to: "2026-10" };
  const f = { segment: null, csm: null, plan: null };
  const s = DEFAULT_HEALTH_SETTINGS;
  for (let i = 0; i < 2; i++) {
    console.log(`-- pass ${i}`);
    time("computeMetrics", () => computeMetrics(p, period, f, s));
    time("computeExecutive", () => computeExecutive(p, period, f, s));
    time("computeCsDashboard", () => computeCsDashboard(p, period, f, s));
    const q = parseCustomersQuery(new URLSearchParams());
    if (!q.ok) throw new Error("query");
    time("customerList", () => customerList(p, period, f, s, q.value.drill));
  }
  console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
main();
