/**
 * Times each step of the dashboards' computation in-process (no HTTP):
 * `tsx scripts/bench/profile-views.ts [customers | saved.db]`. A path to a saved Keel database is
 * copied and read instead of generating and importing the data (which takes tens of seconds at 50,000).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase, openTemporaryDatabase, type KeelDb } from "@/db/connection";
import { importCsv } from "@/db/imports/import-csv";
import { loadDatasetParts } from "@/db/queries/dataset-parts";
import { commentPage } from "@/db/queries/survey-comments";
import { CS_FIRST_COMMENTS } from "@/lib/metrics/cs-lists";
import { writeDemoCsvFiles } from "@/lib/demo/write-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { prepareParts } from "@/lib/metrics/prepare";
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

async function openData(arg: string | undefined): Promise<KeelDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-prof-"));
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  if (arg && !/^\d+$/.test(arg)) {
    const file = path.join(dir, "keel.db");
    fs.copyFileSync(arg, file);
    const db = openDatabase(file);
    migrateDatabase(db);
    return db;
  }
  const files = await writeDemoCsvFiles(dir, { preset: "large", customers: Number(arg ?? 10000) });
  const db = openTemporaryDatabase();
  for (const kind of DATASET_KINDS) {
    const o = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input: fs.createReadStream(files[kind].file) });
    if (!o.ok) throw new Error(o.error);
  }
  return db;
}

async function main() {
  const db = await openData(process.argv[2]);
  const parts = time("loadDatasetParts", () => loadDatasetParts(db));
  const p = time("prepareParts", () => prepareParts(parts));
  console.log(
    `  ${p.customers.length} customers, ${p.subscriptions.length} subscriptions, ${p.tickets.cols.createdAt.length} tickets, ${p.surveys.cols.respondedAt.length} surveys, ${p.usage.cols.month.length} usage rows`,
  );
  console.log(`rss after loading ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  if (process.env.PREPARE_ONLY) return;
  const period = { from: "2025-11", to: "2026-10" };
  const f = { segment: null, csm: null, plan: null };
  const s = DEFAULT_HEALTH_SETTINGS;
  for (let i = 0; i < 2; i++) {
    console.log(`-- pass ${i}`);
    time("computeMetrics", () => computeMetrics(p, period, f, s));
    time("computeExecutive", () => computeExecutive(p, period, f, s));
    time("computeCsDashboard", () =>
      computeCsDashboard(p, period, f, s, commentPage(db, { period, customerIds: null, offset: 0, limit: CS_FIRST_COMMENTS })),
    );
    const q = parseCustomersQuery(new URLSearchParams());
    if (!q.ok) throw new Error("query");
    time("customerList", () => customerList(p, period, f, s, q.value.drill));
  }
  console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
main();
