import { z } from "zod";
import { CS_FIRST_COMMENTS, MAX_COMMENTS_PAGE, type VerbatimComment } from "@/lib/metrics/cs-lists";
import { checkPeriod, metricsQueryShape, type MetricsQuery } from "./metrics-query";

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

/** A whole-number query parameter between min and max, `fallback` when absent or blank. */
export const count = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ message: `${name} must be a whole number` })
      .int({ message: `${name} must be a whole number` })
      .min(min, { message: `${name} must be at least ${min}` })
      .max(max, { message: `${name} must be at most ${max}` })
      .optional()
      .transform((v) => v ?? fallback),
  );

export const csCommentsQuerySchema = z
  .object({
    ...metricsQueryShape,
    q: z
      .string()
      .trim()
      .max(200, { message: "q must be at most 200 characters" })
      .optional()
      .transform((value) => value || null),
    offset: count("offset", 0, 10_000_000, 0),
    limit: count("limit", 1, MAX_COMMENTS_PAGE, CS_FIRST_COMMENTS),
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
