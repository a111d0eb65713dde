import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import { planAndNotes } from "./targets-annotations";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import { computeMetrics, defaultPeriod } from "@/lib/metrics/compute-metrics";
import type { MetricsResponse } from "@/lib/metrics/types";

/** GET /api/metrics and the dashboards: null when there is no data to compute from. */
export function getMetrics(db: KeelDb, query: MetricsQuery): MetricsResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  const computed = cachedView(prepared, "metrics", [period, query.filters, settings], () =>
    computeMetrics(prepared, period, query.filters, settings),
  );
  return { ...computed, ...planAndNotes(db, period, query.filters) };
}
