import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import { computeCsDashboard, type CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import { defaultPeriod } from "@/lib/metrics/prepare";
import { latestReviews } from "./reviews";
import { commentedResponses } from "./survey-comments";

/** GET /api/dashboards/cs and the /cs server render: null when there is no data to compute from. */
export function getCsDashboard(db: KeelDb, query: MetricsQuery): CsDashboardResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  const cs = cachedView(prepared, "cs", [period, query.filters, settings], () =>
    computeCsDashboard(prepared, period, query.filters, settings, commentedResponses(db, period)),
  );
  // Reviews change without a new data version: added to a copy, never to the cached view.
  const reviews = latestReviews(db);
  return { ...cs, at_risk: cs.at_risk.map((row) => ({ ...row, review: reviews.get(row.customer_id) ?? null })) };
}
