import { and, gte, isNotNull, lt } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { COMMENTED_SQL, surveyResponses as r } from "../schema";
import { monthEndExclusiveMs, monthStartMs } from "@/lib/domain/months";
import type { Period, SurveyKind, SurveyResponse } from "@/lib/domain/types";
import type { CommentPage, VerbatimComment } from "@/lib/metrics/cs-lists";

export interface CommentPageQuery {
  period: Period;
  /** The filtered customers' ids (the prepared data set's filter rule); null: no filter, every comment. */
  customerIds: readonly string[] | null;
  /** Matched case-insensitively in the comment or the customer's name; blank: every comment. */
  q?: string | null;
  offset: number;
  limit: number;
}

interface Row {
  response_id: string;
  customer_id: string | null;
  customer_name: string | null;
  survey: string;
  score: number;
  responded_at: number;
  comment: string;
}

/**
 * One page of the period's non-blank verbatim comments, newest first (ties: response id), with the
 * customer's name when the customer is known, and how many there are in all: the same rows, order and
 * fields as `commentRows` over every comment, read in SQL so only the page leaves the database.
 *
 * `q` (trimmed) matches where `comment.toLowerCase().includes(q) || customer_name.toLowerCase().includes(q)`
 * would, except that SQLite's lower() folds ASCII letters only: "acme" finds "ACME", but "école" does not
 * find "ÉCOLE" (the query itself is lowered in JavaScript, so "École" finds "école").
 */
export function commentPage(db: KeelDb, query: CommentPageQuery): CommentPage {
  const q = query.q?.trim().toLowerCase() ?? "";
  // COMMENTED_SQL as the index has it, so SQLite reads the covering partial index surveys_commented_idx alone.
  const where = [
    "responded_at >= @start",
    "responded_at < @end",
    COMMENTED_SQL,
    // "+": the filter is checked on the index's rows, not probed per customer through surveys_customer_idx (3x slower).
    ...(query.customerIds === null ? [] : ["+customer_id IN (SELECT value FROM json_each(@ids))"]),
    // Names through a set of the matching customers, not a join per comment.
    ...(q === ""
      ? []
      : ["(instr(lower(comment), @q) > 0 OR customer_id IN (SELECT customer_id FROM customers WHERE instr(lower(name), @q) > 0))"]),
  ].join(" AND ");
  const params: Record<string, unknown> = {
    start: monthStartMs(query.period.from),
    end: monthEndExclusiveMs(query.period.to),
    ...(query.customerIds === null ? {} : { ids: JSON.stringify(query.customerIds) }),
    ...(q === "" ? {} : { q }),
  };
  const total = db.$client.prepare(`SELECT count(*) FROM survey_responses WHERE ${where}`).pluck().get(params) as number;
  if (total <= query.offset || query.limit <= 0) return { comments: [], total };
  const rows = db.$client
    .prepare(
      `SELECT p.response_id, c.customer_id, c.name AS customer_name, r.survey, r.score, p.responded_at, p.comment
       FROM (SELECT response_id, customer_id, responded_at, comment FROM survey_responses WHERE ${where}
             ORDER BY responded_at DESC, response_id LIMIT @limit OFFSET @offset) p
       JOIN survey_responses r ON r.response_id = p.response_id
       LEFT JOIN customers c ON c.customer_id = p.customer_id
       ORDER BY p.responded_at DESC, p.response_id`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  const comments = rows.map((row): VerbatimComment => ({
    response_id: row.response_id,
    customer_id: row.customer_id,
    customer_name: row.customer_id === null ? null : row.customer_name,
    survey: row.survey as SurveyKind,
    score: row.score,
    responded_at: new Date(row.responded_at).toISOString(),
    comment: row.comment.trim(),
  }));
  return { comments, total };
}

/**
 * Every survey response of the period that has a comment (blank ones too), for `commentRows`: the
 * reference `commentPage` is tested against and the profile scripts; the dashboard reads a page.
 */
export function commentedResponses(db: KeelDb, period: Period): SurveyResponse[] {
  return db
    .select({
      responseId: r.responseId,
      customerId: r.customerId,
      survey: r.survey,
      score: r.score,
      respondedAt: r.respondedAt,
      comment: r.comment,
    })
    .from(r)
    .where(and(gte(r.respondedAt, monthStartMs(period.from)), lt(r.respondedAt, monthEndExclusiveMs(period.to)), isNotNull(r.comment)))
    .all()
    .map((row) => ({ ...row, survey: row.survey as SurveyKind }));
}
