import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import type { CsCommentsQuery, CsCommentsResponse } from "@/lib/api/cs-comments-query";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import type { Filters } from "@/lib/domain/types";
import { computeCsDashboard, type CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import { CS_FIRST_COMMENTS } from "@/lib/metrics/cs-lists";
import { filteredCustomerIds, hasFilter, normalizeFilters } from "@/lib/metrics/filters";
import { defaultPeriod, type PreparedDataset } from "@/lib/metrics/prepare";
import { latestReviews } from "./reviews";
import { commentPage } from "./survey-comments";

/** The filtered customers' ids by the data set's own filter rule; null without a filter. */
function commentCustomers(prepared: PreparedDataset, filters: Filters): string[] | null {
  return hasFilter(normalizeFilters(filters)) ? filteredCustomerIds(prepared, filters) : null;
}

/** GET /api/dashboards/cs and the /cs server render: null when there is no data to compute from. */
export function getCsDashboard(db: KeelDb, query: MetricsQuery): CsDashboardResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  const cs = cachedView(prepared, "cs", [period, query.filters, settings], () => {
    const comments = commentPage(db, {
      period,
      customerIds: commentCustomers(prepared, query.filters),
      offset: 0,
      limit: CS_FIRST_COMMENTS,
    });
    return computeCsDashboard(prepared, period, query.filters, settings, comments);
  });
  // Reviews change without a new data version: added to a copy, never to the cached view.
  const reviews = latestReviews(db);
  return { ...cs, at_risk: cs.at_risk.map((row) => ({ ...row, review: reviews.get(row.customer_id) ?? null })) };
}

/** GET /api/dashboards/cs/comments: a page of the period's verbatim comments, searched; null when there is no data. */
export function getCsComments(db: KeelDb, query: CsCommentsQuery): CsCommentsResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const { offset, limit } = query;
  const page = commentPage(db, { period, customerIds: commentCustomers(prepared, query.filters), q: query.q, offset, limit });
  return { comments: page.comments, total: page.total, offset, limit };
}
