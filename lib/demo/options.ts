import { monthToIndex, indexToMonth } from "../domain/months";

export interface DemoOptions {
  /** "demo": ~400 customers over 34 months; "large": 50,000 customers over 36 months (benchmarks). */
  preset: "demo" | "large";
  /** PRNG seed; the same seed and options give byte-identical output. */
  seed?: number;
  /** Last month with data (`YYYY-MM`), default "2026-10". The clock is never read. */
  endMonth?: string;
  /** Override the preset's customer count. */
  customers?: number;
  /** Override the preset's number of months. */
  months?: number;
}

const DEFAULT_SEED = 20261;
const DEFAULT_END_MONTH = "2026-10";

export const PRESETS = {
  demo: { customers: 400, months: 34 },
  large: { customers: 50_000, months: 36 },
} as const;

export interface ResolvedOptions {
  preset: "demo" | "large";
  seed: number;
  customers: number;
  months: number;
  /** Absolute month index (year * 12 + month - 1) of the first and last month. */
  firstMonth: number;
  lastMonth: number;
}

export function resolveOptions(options: DemoOptions): ResolvedOptions {
  const preset = PRESETS[options.preset];
  if (!preset) throw new Error(`Unknown demo preset: ${String(options.preset)}`);
  const customers = options.customers ?? preset.customers;
  const months = options.months ?? preset.months;
  if (!Number.isInteger(customers) || customers < 1) throw new Error(`customers must be a positive integer: ${customers}`);
  if (!Number.isInteger(months) || months < 2) throw new Error(`months must be an integer >= 2: ${months}`);
  const lastMonth = monthToIndex(options.endMonth ?? DEFAULT_END_MONTH);
  return {
    preset: options.preset,
    seed: (options.seed ?? DEFAULT_SEED) >>> 0,
    customers,
    months,
    firstMonth: lastMonth - months + 1,
    lastMonth,
  };
}

export function describeRange(options: ResolvedOptions): string {
  return `${indexToMonth(options.firstMonth)}..${indexToMonth(options.lastMonth)}`;
}
