import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openTemporaryDatabase, type KeelDb } from "@/db/connection";
import { importCsv } from "@/db/imports/import-csv";
import { getMetrics } from "@/db/queries/metrics";
import { getPreparedDataset } from "@/db/queries/prepared-dataset";
import { writeDemoCsvFiles } from "@/lib/demo/write-demo";
import { DATASET_KINDS } from "@/lib/domain/types";
import type { MetricsQuery } from "@/lib/api/metrics-query";

export interface TimedCall {
  label: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What GET /api/metrics does per request: compute and serialise. */
function timeMetricsCall(db: KeelDb, label: string, query: MetricsQuery, runs: number): TimedCall {
  JSON.stringify(getMetrics(db, query));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    JSON.stringify(getMetrics(db, query));
    times.push(performance.now() - started);
  }
  return { label, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

/** Loads the large preset through the import path into a temporary database, then times the metrics query. */
export async function benchMetrics(options: { customers?: number; months?: number; runs?: number } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-"));
  try {
    let started = performance.now();
    const files = await writeDemoCsvFiles(dir, { preset: "large", customers: options.customers, months: options.months });
    const generateSeconds = (performance.now() - started) / 1000;

    const db = openTemporaryDatabase();
    started = performance.now();
    let rows = 0;
    for (const kind of DATASET_KINDS) {
      const outcome = await importCsv(db, {
        kind,
        fileName: `${kind}.csv`,
        userEmail: "bench",
        input: fs.createReadStream(files[kind].file),
      });
      if (!outcome.ok) throw new Error(`bench import of ${kind} failed: ${outcome.error}`);
      rows += outcome.result.rows_read;
    }
    const importSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    getPreparedDataset(db);
    const prepareMs = performance.now() - started;

    const noFilters = { segment: null, csm: null, plan: null };
    const runs = options.runs ?? 9;
    const all = getMetrics(db, { from: null, to: null, filters: noFilters });
    const firstMonth = all ? firstDataMonth(db) : null;
    const calls = [
      timeMetricsCall(db, "12 months, no filter", { from: null, to: null, filters: noFilters }, runs),
      timeMetricsCall(db, "12 months, segment=SMB", { from: null, to: null, filters: { ...noFilters, segment: "SMB" } }, runs),
      timeMetricsCall(db, "whole range, no filter", { from: firstMonth, to: all?.period.to ?? null, filters: noFilters }, runs),
    ];
    db.$client.close();
    return { customers: files.customers.rows, rows, generateSeconds, importSeconds, prepareMs, calls };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function firstDataMonth(db: KeelDb): string | null {
  const row = db.$client.prepare("select min(substr(start_date, 1, 7)) as m from subscriptions").get() as { m: string | null };
  return row.m;
}
