/**
 * `npm run bench`: the CSV import through the running production server (1,000,000 subscription
 * rows uploaded over HTTP, GET /api/metrics timed during the import against idle), then the
 * metrics API on the large preset (50,000 customers, 36 months), then the pages through the
 * production server (scripts/bench/page-bench.ts). BENCH_PORT picks the import bench server's port.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { benchHttpImport, type HttpImportBenchResult } from "./bench/http-import-bench";
import { benchMetrics } from "./bench/metrics-bench";
import { benchPages, printFigures } from "./bench/page-bench";
import { benchFuzz } from "./bench/fuzz-bench";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

const mark = (ok: boolean) => (ok ? "met" : "MISSED");

async function main() {
  console.log(
    `== CSV import through HTTP (next start) ==  load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${os.cpus().length} CPUs`,
  );
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  // A metrics call that lands just after the commit rebuilds the prepared data set (1M rows) on the
  // server's main thread before the upload is answered; such a run measures that rebuild too, so it is run again.
  const rebuiltInWindow = (run: HttpImportBenchResult) => run.overlappedCommit > 0 && run.firstCallAfterMs < 5 * run.idle.p99Ms;
  let r = await benchHttpImport({ port });
  for (let attempt = 2; attempt <= 3 && rebuiltInWindow(r); attempt += 1) {
    console.log(
      `(a metrics call rebuilt the data set inside the import's window (${r.seconds.toFixed(1)} s, ${r.peakRssMb} MB); measuring again, attempt ${attempt})`,
    );
    r = await benchHttpImport({ port });
  }
  const ratio = r.during.p99Ms / r.idle.p99Ms;
  console.log(
    `import: ${r.rows.toLocaleString("en-US")} subscription rows (${r.fileMb.toFixed(1)} MB) in ${r.seconds.toFixed(2)} s = ` +
      `${r.rowsPerSecond.toLocaleString("en-US")} rows/s  [target under 10 s: ${mark(r.seconds < 10)}]`,
  );
  console.log(
    `server peak RSS (VmHWM): ${r.peakRssMb} MB; before the import ${r.rssBeforeMb} MB, largest VmRSS during it ${r.rssDuringMb} MB  ` +
      `[target under 300 MB: ${mark(r.peakRssMb < 300)}]`,
  );
  console.log(`GET /api/metrics idle: p50 ${r.idle.p50Ms.toFixed(1)} ms, p99 ${r.idle.p99Ms.toFixed(1)} ms (${r.idle.count} calls)`);
  console.log(
    `GET /api/metrics during the import: p50 ${r.during.p50Ms.toFixed(1)} ms, p99 ${r.during.p99Ms.toFixed(1)} ms (${r.during.count} calls); ` +
      `p99 ${ratio.toFixed(2)}x idle  [target under 3x: ${mark(ratio < 3)}]`,
  );
  console.log(
    `first GET /api/metrics after the import (rebuilds the prepared data set): ${(r.firstCallAfterMs / 1000).toFixed(1)} s` +
      (r.overlappedCommit ? ` (${r.overlappedCommit} call overlapped the commit and was left out)` : ""),
  );
  if (rebuiltInWindow(r)) {
    console.log(
      "NOTE: a metrics call landed just after the commit and rebuilt the prepared data set (1M rows) on the server's " +
        "main thread before the upload's answer in every attempt: the seconds and the RSS above include that rebuild.",
    );
  }
  console.log(`(load average when the import started: ${r.loadAverage.map((l) => l.toFixed(2)).join(" ")})`);

  console.log("\n== Metrics API (large preset) ==");
  const m = await benchMetrics();
  console.log(
    `data: ${m.customers.toLocaleString("en-US")} customers, ${m.rows.toLocaleString("en-US")} rows; ` +
      `generated in ${m.generateSeconds.toFixed(1)} s, imported in ${m.importSeconds.toFixed(1)} s, ` +
      `prepared (cold, once per import) in ${m.prepareMs.toFixed(0)} ms`,
  );
  for (const call of m.calls) {
    console.log(
      `GET /api/metrics ${call.label}: median ${call.medianMs.toFixed(1)} ms warm (min ${call.minMs.toFixed(1)}, max ${call.maxMs.toFixed(1)})`,
    );
  }
  console.log(m.calls[0].medianMs < 150 ? "target met: 12 months under 150 ms" : "TARGET MISSED: 12 months not under 150 ms");

  // Chart PNGs, decks and the board pack in Chromium against the production server (its own process).
  spawnSync(process.execPath, [tsx, path.join(root, "scripts", "bench", "export-bench.ts")], { stdio: "inherit" });
  await benchFuzz();

  console.log("\n== Pages: the production server over HTTP, and Chromium ==");
  printFigures(await benchPages());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
