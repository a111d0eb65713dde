import { z } from "zod";
import { CS_FIRST_LIST_ROWS, MAX_CS_LIST_PAGE } from "@/lib/metrics/cs-lists";
import { checkPeriod, metricsQueryShape, type MetricsQuery } from "./metrics-query";
import { pageQueryShape } from "./page-query";

/** GET /api/dashboards/cs/renewals and /api/dashboards/cs/at-risk: the period and filters, and a page. */
export type CsListQuery = MetricsQuery & { offset: number; limit: number };

/** The answer of GET /api/dashboards/cs/renewals and /api/dashboards/cs/at-risk: a page of the list in its own order. */
export interface CsListResponse<T> {
  rows: T[];
  /** How many rows the whole list has. */
  total: number;
  offset: number;
  limit: number;
}

export const csListQuerySchema = z
  .object({
    ...metricsQueryShape,
    ...pageQueryShape(CS_FIRST_LIST_ROWS, MAX_CS_LIST_PAGE),
  })
  .superRefine(checkPeriod)
  .transform(({ from, to, segment, csm, plan, offset, limit }): CsListQuery => ({
    from,
    to,
    filters: { segment, csm, plan },
    offset,
    limit,
  }));
