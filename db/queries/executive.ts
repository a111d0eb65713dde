import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import { defaultPeriod } from "@/lib/metrics/compute-metrics";
import { computeExecutive, type ExecutiveResponse } from "@/lib/metrics/executive";

/** GET /api/dashboards/executive and the Executive page's first render: null when there is no data. */
export function getExecutive(db: KeelDb, query: MetricsQuery): ExecutiveResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  return cachedView(prepared, "executive", [period, query.filters, settings], () =>
    computeExecutive(prepared, period, query.filters, settings),
  );
}
