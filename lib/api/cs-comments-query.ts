import { z } from "zod";
import { CS_FIRST_COMMENTS, MAX_COMMENTS_PAGE, type VerbatimComment } from "@/lib/metrics/cs-lists";
import { checkPeriod, metricsQueryShape, type MetricsQuery } from "./metrics-query";
import { pageQueryShape } from "./page-query";

/** GET /api/dashboards/cs/comments: the period and filters, a search and a page. */
export type CsCommentsQuery = MetricsQuery & { q: string | null; offset: number; limit: number };

/** The answer of GET /api/dashboards/cs/comments. */
export interface CsCommentsResponse {
  comments: VerbatimComment[];
  /** How many comments match (all of the period's under the filters when there is no search). */
  total: number;
  offset: number;
  limit: number;
}

export const csCommentsQuerySchema = z
  .object({
    ...metricsQueryShape,
    q: z
      .string()
      .trim()
      .max(200, { message: "q must be at most 200 characters" })
      .optional()
      .transform((value) => value || null),
    ...pageQueryShape(CS_FIRST_COMMENTS, MAX_COMMENTS_PAGE),
  })
  .superRefine(checkPeriod)
  .transform(({ from, to, segment, csm, plan, q, offset, limit }): CsCommentsQuery => ({
    from,
    to,
    filters: { segment, csm, plan },
    q,
    offset,
    limit,
  }));
