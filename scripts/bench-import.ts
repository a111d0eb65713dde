/**
 * Benchmark of the CSV import: a generated 1,000,000-row subscriptions file (after its customers
 * file) imported through importCsv into a temporary database. `npx tsx scripts/bench-import.ts`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { openTemporaryDatabase } from "../db/connection";
import { importCsv } from "../db/imports/import-csv";

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

async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i += 1) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const SEGMENTS = ["Enterprise", "Mid-Market", "SMB", ""];
const PLANS = ["Starter", "Pro", "Business"];

export async function generateBenchFiles(
  dir: string,
  rows: number,
  customers: number,
  order: "sequential" | "scattered" = "sequential",
): Promise<{ customers: string; subscriptions: string }> {
  // 7919 is prime, so i * 7919 mod rows visits every id once when rows is not a multiple of it.
  const id = (i: number) => (order === "scattered" ? (i * 7919) % rows : i);
  const files = { customers: path.join(dir, "customers.csv"), subscriptions: path.join(dir, "subscriptions.csv") };
  await writeLines(files.customers, "customer_id,name,segment,plan,csm,acquisition_channel,signup_date", customers, (i) =>
    [`C-${pad(i, 7)}`, `Customer ${i}`, SEGMENTS[i % 4], PLANS[i % 3], `CSM ${i % 17}`, "outbound", `20${20 + (i % 5)}-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`].join(","),
  );
  await writeLines(files.subscriptions, "subscription_id,customer_id,plan,amount,billing_period,start_date,end_date", rows, (i) => {
    const month = (i % 12) + 1;
    const end = i % 4 === 0 ? `2026-${pad(month, 2)}-01` : "";
    return [`S-${pad(id(i), 8)}`, `C-${pad(i % customers, 7)}`, PLANS[i % 3], ((i % 900) + 49.5).toFixed(2), i % 5 === 0 ? "year" : "month", `2024-${pad(month, 2)}-15`, end].join(",");
  });
  return files;
}

export async function benchImport(options: BenchImportOptions = {}): Promise<BenchImportResult> {
  const rows = options.rows ?? 1_000_000;
  const customers = options.customers ?? 100_000;
  const log = options.log ?? console.log;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-import-"));
  try {
    const files = await generateBenchFiles(dir, rows, customers, options.order);
    const db = openTemporaryDatabase();
    const first = await importCsv(db, { kind: "customers", fileName: "customers.csv", userEmail: null, input: fs.createReadStream(files.customers) });
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
