/**
 * The demo data set: a deterministic, believable B2B SaaS history in the seven CSV kinds of
 * DATA.md. Customers are simulated one at a time from their own PRNG stream and their rows are
 * yielded immediately, so even the "large" preset never holds the data set in memory.
 */
import { DATASET_KINDS, type DatasetKind } from "../domain/types";
import { anonymousRows, customerActivityRows } from "./activity";
import type { CsvRow } from "./columns";
import { Totals, costRows } from "./costs";
import { csvText } from "./csv";
import { customerRow, subscriptionRows, usageRows } from "./customer-rows";
import { Sequences, type DemoRow } from "./emit";
import { lifecycleEvents, lifecycleRows } from "./lifecycle";
import { resolveOptions, type DemoOptions } from "./options";
import { mixSeed, Rng } from "./random";
import { simulateCustomer } from "./story";
import { monthStart } from "./time";
import { createWorld } from "./world";

export type { DemoOptions } from "./options";
export type { DemoRow } from "./emit";
export { CSV_COLUMNS, type CsvRow } from "./columns";

/**
 * Every row of the data set. Each customer's row comes before any row that references it;
 * unattributed tickets/surveys and then costs come last.
 */
export function* generateDemoRows(options: DemoOptions): Generator<DemoRow> {
  const world = createWorld(resolveOptions(options));
  const seq = new Sequences();
  const totals = new Totals(world.months);
  const windowEnd = monthStart(world.lastMonth + 1);
  for (let index = 0; index < world.customers; index++) {
    const story = simulateCustomer(world, index);
    totals.add(story);
    const r = new Rng(mixSeed(world.seed ^ 0x5eed5eed, index + 1));
    yield customerRow(story);
    yield* subscriptionRows(story, seq);
    const events = lifecycleEvents(story, r, windowEnd);
    yield* lifecycleRows(story, events);
    yield* customerActivityRows(story, world, events, windowEnd, seq, r);
    yield* usageRows(story, world, r);
  }
  const tail = new Rng(mixSeed(world.seed, 0xc0575));
  yield* anonymousRows(world, totals.allActive, windowEnd, seq, tail);
  yield* costRows(totals, world.firstMonth, tail);
}

/** The rows grouped per kind (small presets only: holds everything in memory). */
export function generateDemoRowsByKind(options: DemoOptions): Record<DatasetKind, CsvRow[]> {
  const out = Object.fromEntries(DATASET_KINDS.map((k) => [k, [] as CsvRow[]])) as Record<DatasetKind, CsvRow[]>;
  for (const { kind, row } of generateDemoRows(options)) out[kind].push(row);
  return out;
}

/** Whole CSV texts (header + rows) per kind, for the small preset (e.g. seeding the demo workspace). */
export function generateDemoCsv(options: DemoOptions): Record<DatasetKind, string> {
  const rows = generateDemoRowsByKind(options);
  return Object.fromEntries(DATASET_KINDS.map((k) => [k, csvText(k, rows[k], true)])) as Record<DatasetKind, string>;
}
