import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import type { CsCommentsQuery, CsCommentsResponse } from "@/lib/api/cs-comments-query";
import { resolvePeriod, type MetricsQuery } from "@/lib/api/metrics-query";
import type { Filters } from "@/lib/domain/types";
import type { CsListQuery, CsListResponse } from "@/lib/api/cs-list-query";
import { computeCsDashboard, type AtRiskCustomer, type CsDashboardResponse, type RenewalRow } from "@/lib/metrics/cs-dashboard";
import { CS_FIRST_COMMENTS, CS_FIRST_LIST_ROWS } from "@/lib/metrics/cs-lists";
import { filteredCustomerIds, hasFilter, normalizeFilters } from "@/lib/metrics/filters";
import { defaultPeriod, type PreparedDataset } from "@/lib/metrics/prepare";
import { latestReviews } from "./reviews";
import { commentPage } from "./survey-comments";

/** The filtered customers' ids by the data set's own filter rule; null without a filter. */
function commentCustomers(prepared: PreparedDataset, filters: Filters): string[] | null {
  return hasFilter(normalizeFilters(filters)) ? filteredCustomerIds(prepared, filters) : null;
}

/** The CS view with its whole renewals and at-risk lists, cached per data version, query and settings; null without data. */
function csView(db: KeelDb, query: MetricsQuery): CsDashboardResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  return cachedView(prepared, "cs", [period, query.filters, settings], () => {
    const comments = commentPage(db, {
      period,
      customerIds: commentCustomers(prepared, query.filters),
      offset: 0,
      limit: CS_FIRST_COMMENTS,
    });
    return computeCsDashboard(prepared, period, query.filters, settings, comments);
  });
}

/** Reviews change without a new data version: added to copies of the rows, never to the cached view. */
function withReviews(db: KeelDb, rows: readonly AtRiskCustomer[]): AtRiskCustomer[] {
  const reviews = latestReviews(db);
  return rows.map((row) => ({ ...row, review: reviews.get(row.customer_id) ?? null }));
}

/**
 * GET /api/dashboards/cs and the /cs server render: null when there is no data to compute from. The
 * renewals and at-risk lists are cut to their first CS_FIRST_LIST_ROWS; getCsRenewals and getCsAtRisk
 * page through the rest.
 */
export function getCsDashboard(db: KeelDb, query: MetricsQuery): CsDashboardResponse | null {
  const cs = csView(db, query);
  if (!cs) return null;
  return {
    ...cs,
    renewals: cs.renewals.slice(0, CS_FIRST_LIST_ROWS),
    at_risk: withReviews(db, cs.at_risk.slice(0, CS_FIRST_LIST_ROWS)),
  };
}

const pageOf = <T>(rows: readonly T[], { offset, limit }: CsListQuery): CsListResponse<T> => ({
  rows: rows.slice(offset, offset + limit),
  total: rows.length,
  offset,
  limit,
});

/** GET /api/dashboards/cs/renewals: a page of the view's renewals (soonest first); null when there is no data. */
export function getCsRenewals(db: KeelDb, query: CsListQuery): CsListResponse<RenewalRow> | null {
  const cs = csView(db, query);
  return cs && pageOf(cs.renewals, query);
}

/** GET /api/dashboards/cs/at-risk: a page of the view's at-risk customers (largest ARR first); null when there is no data. */
export function getCsAtRisk(db: KeelDb, query: CsListQuery): CsListResponse<AtRiskCustomer> | null {
  const cs = csView(db, query);
  if (!cs) return null;
  const page = pageOf(cs.at_risk, query);
  return { ...page, rows: withReviews(db, page.rows) };
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
