/**
 * `npm run bench`: the CSV import (1,000,000 subscription rows, in its own process so its peak RSS
 * is its own) and the metrics API on the large preset (50,000 customers, 36 months).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchMetrics } from "./bench/metrics-bench";
import { benchFuzz } from "./bench/fuzz-bench";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

console.log("== CSV import ==");
const importRun = spawnSync(process.execPath, ["--expose-gc", tsx, path.join(root, "scripts", "bench-import.ts")], { stdio: "inherit" });
if (importRun.status !== 0) process.exit(importRun.status ?? 1);

spawnSync(process.execPath, [tsx, path.join(root, "scripts", "bench", "export-bench.ts")], { stdio: "inherit" });
console.log("\n== Metrics API (large preset) ==");
benchMetrics()
  .then((r) => {
    console.log(
      `data: ${r.customers.toLocaleString("en-US")} customers, ${r.rows.toLocaleString("en-US")} rows; ` +
        `generated in ${r.generateSeconds.toFixed(1)} s, imported in ${r.importSeconds.toFixed(1)} s, ` +
        `prepared (cold, once per import) in ${r.prepareMs.toFixed(0)} ms`,
    );
    for (const call of r.calls) {
      console.log(`GET /api/metrics ${call.label}: median ${call.medianMs.toFixed(1)} ms warm (min ${call.minMs.toFixed(1)}, max ${call.maxMs.toFixed(1)})`);
    }
    const twelve = r.calls[0];
    console.log(twelve.medianMs < 150 ? "target met: 12 months under 150 ms" : "TARGET MISSED: 12 months not under 150 ms");
  })
  .then(benchFuzz)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
