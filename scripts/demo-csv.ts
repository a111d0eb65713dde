/**
 * Writes the demo data set as seven CSV files.
 *   npx tsx scripts/demo-csv.ts [--preset demo|large] [--out DIR] [--seed N] [--end-month YYYY-MM] [--customers N] [--months N]
 */
import { parseArgs } from "node:util";
import { writeDemoCsvFiles } from "../lib/demo/write-demo";
import { describeRange, resolveOptions, type DemoOptions } from "../lib/demo/options";

function main(): Promise<void> | void {
  const { values } = parseArgs({
    options: {
      preset: { type: "string", default: "demo" },
      out: { type: "string" },
      seed: { type: "string" },
      "end-month": { type: "string" },
      customers: { type: "string" },
      months: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(
      "Usage: npx tsx scripts/demo-csv.ts [--preset demo|large] [--out DIR] [--seed N] [--end-month YYYY-MM] [--customers N] [--months N]",
    );
    return;
  }
  if (values.preset !== "demo" && values.preset !== "large") throw new Error(`--preset must be demo or large, not ${values.preset}`);
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, not ${v}`);
    return Number(v);
  };
  const options: DemoOptions = {
    preset: values.preset,
    seed: int("seed", values.seed),
    endMonth: values["end-month"],
    customers: int("customers", values.customers),
    months: int("months", values.months),
  };
  const out = values.out ?? (values.preset === "large" ? "./demo-data-large" : "./demo-data");
  const started = performance.now();
  return writeDemoCsvFiles(out, options).then((written) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    let total = 0;
    for (const [kind, { file, rows }] of Object.entries(written)) {
      total += rows;
      console.log(`${kind.padEnd(14)} ${String(rows).padStart(10)} rows  ${file}`);
    }
    const resolved = resolveOptions(options);
    console.log(
      `Wrote ${total} rows: ${options.preset} preset, ${resolved.customers} customers, ${describeRange(resolved)}, seed ${resolved.seed}, in ${seconds}s.`,
    );
  });
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
