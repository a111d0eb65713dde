import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import type { HealthSettings } from "@/lib/domain/types";
import { healthInputs } from "@/lib/metrics/compute-metrics";
import { backtestHealth, backtestSampleOf, type BacktestResult } from "@/lib/metrics/health-backtest";

/** GET /api/health-score/backtest: null when there is no data yet. */
export function getHealthBacktest(db: KeelDb, settings: HealthSettings): BacktestResult | null {
  const p = getPreparedDataset(db);
  if (p.latestMonth === null) return null;
  return backtestHealth(backtestSampleOf(p, healthInputs(p)), settings);
}
