/**
 * Benchmark of the CSV import: a generated 1,000,000-row subscriptions file (after its customers
 * file) imported through importCsv into a temporary database. `npx tsx scripts/bench-import.ts`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openTemporaryDatabase } from "../db/connection";
import { importCsv } from "../db/imports/import-csv";
import { generateBenchFiles } from "./bench/generate-files";

export { generateBenchFiles };

export interface BenchImportOptions {
  rows?: number;
  customers?: number;
  /** "scattered": ids in a shuffled order, as exports sorted by another column are. */
  order?: "sequential" | "scattered";
  log?: (line: string) => void;
}

export interface BenchImportResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

export async function benchImport(options: BenchImportOptions = {}): Promise<BenchImportResult> {
  const rows = options.rows ?? 1_000_000;
  const customers = options.customers ?? 100_000;
  const log = options.log ?? console.log;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-import-"));
  try {
    const files = await generateBenchFiles(dir, rows, customers, options.order);
    const db = openTemporaryDatabase();
    const first = await importCsv(db, {
      kind: "customers",
      fileName: "customers.csv",
      userEmail: null,
      input: fs.createReadStream(files.customers),
    });
    if (!first.ok) throw new Error(`customers import failed: ${first.error}`);
    global.gc?.();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const outcome = await importCsv(db, {
      kind: "subscriptions",
      fileName: "subscriptions.csv",
      userEmail: null,
      input: fs.createReadStream(files.subscriptions, { highWaterMark: 1 << 20 }),
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    db.$client.close();
    if (!outcome.ok) throw new Error(`subscriptions import failed: ${outcome.error} ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    const result = { rows, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(peak / 1024 / 1024) };
    log(
      `import: ${rows.toLocaleString("en-US")} subscription rows in ${seconds.toFixed(2)} s = ` +
        `${result.rowsPerSecond.toLocaleString("en-US")} rows/s, peak RSS ${result.peakRssMb} MB (inserted ${outcome.result.inserted})`,
    );
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchImport({ order: process.argv.includes("--scattered") ? "scattered" : "sequential" }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
