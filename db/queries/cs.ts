import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { getHealthSettings } from "./settings";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import { computeCsDashboard, type CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import { defaultPeriod } from "@/lib/metrics/prepare";
import { latestReviews } from "./reviews";

/** GET /api/dashboards/cs and the /cs server render: null when there is no data to compute from. */
export function getCsDashboard(db: KeelDb, query: MetricsQuery): CsDashboardResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const cs = computeCsDashboard(prepared, period, query.filters, getHealthSettings(db));
  const reviews = latestReviews(db);
  for (const row of cs.at_risk) row.review = reviews.get(row.customer_id) ?? null;
  return cs;
}
