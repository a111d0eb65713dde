import { monthEndExclusiveMs, monthStartMs, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, LifecycleStage, Period, SurveyKind, SurveyResponse } from "@/lib/domain/types";
import { scoreActiveCustomers } from "./compute-metrics";
import { rowsOfCustomer } from "./customer-rows";
import { latestResponse, shownFactors, type HealthFactor } from "./health";
import { eventsOfCustomer, stuckCustomers } from "./lifecycle-stuck";
import { customerMask } from "./event-columns";
import { filterCustomers, hasFilter, normalizeFilters } from "./filters";
import { mrrColumn, toArr, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { verbatimComments } from "./surveys";
import type { CustomerReview } from "@/lib/domain/reviews";

export interface AtRiskCustomer {
  customer_id: string;
  name: string;
  csm: string | null;
  score: number;
  weakest_factor: HealthFactor;
  factors: Partial<Record<HealthFactor, number>>;
  arr: number;
  /** The latest "reviewed" mark (filled by the data layer). */
  review?: CustomerReview | null;
}

export interface StuckCustomerRow {
  customer_id: string;
  name: string;
  csm: string | null;
  stage: LifecycleStage;
  days_in_stage: number;
  mrr: number;
  arr: number;
}

export interface DetractorSummary {
  /** Customers whose latest NPS response in the period is a detractor (0-6). */
  customers: number;
  /** 12 x their MRR at `to` (churned ones add 0). */
  arr: number;
}

export interface VerbatimComment {
  response_id: string;
  customer_id: string | null;
  customer_name: string | null;
  survey: SurveyKind;
  score: number;
  responded_at: string;
  comment: string;
}

/** How many verbatim comments the CS view carries; the rest are searched and paged through GET /api/dashboards/cs/comments. */
export const CS_FIRST_COMMENTS = 50;
/** How many stuck customers the CS view carries (largest ARR first); the Customers page lists them all. */
export const CS_FIRST_STUCK = 50;
/** The most comments one page of GET /api/dashboards/cs/comments answers. */
export const MAX_COMMENTS_PAGE = 200;
/**
 * How many renewals and at-risk customers the CS view carries (in their list order); the rest come
 * page by page from GET /api/dashboards/cs/renewals and /api/dashboards/cs/at-risk. Whole, the two
 * lists made the view about 3 MB at 50,000 customers, rendered into every /cs page.
 */
export const CS_FIRST_LIST_ROWS = 50;
/** The most rows one page of GET /api/dashboards/cs/renewals or /at-risk answers. */
export const MAX_CS_LIST_PAGE = 200;

/** A page of verbatim comments and how many there are in all (the data layer reads them in SQL). */
export interface CommentPage {
  comments: VerbatimComment[];
  total: number;
}

const info = (p: PreparedDataset, id: string) => {
  const c = p.customers[p.customerIndex.get(id)!];
  return { name: c.name, csm: c.csm };
};

/** At-risk customers among `customers` active at `to`, largest ARR first. */
export function atRiskCustomers(p: PreparedDataset, customers: Int32Array, period: Period, settings: HealthSettings): AtRiskCustomer[] {
  const { scores, mrrByCustomer } = scoreActiveCustomers(p, customers, period.to, settings);
  return scores
    .filter((s) => s.band === "at_risk")
    .map((s) => ({
      customer_id: s.customerId,
      ...info(p, s.customerId),
      score: s.score,
      weakest_factor: s.weakestFactor,
      factors: shownFactors(s.factors, settings.weights),
      arr: (mrrByCustomer.get(s.customerId) ?? 0) * 12,
    }))
    .sort((a, b) => b.arr - a.arr || a.score - b.score);
}

/** Customers in one stage (churn, retention excluded) longer than the threshold, on the last day of `to`: largest ARR first, then longest stuck. */
export function stuckCustomerRows(p: PreparedDataset, customers: Int32Array, period: Period, stuckAfterDays: number): StuckCustomerRow[] {
  const col = mrrColumn(p.mrr, monthToIndex(period.to));
  const ids = Array.from(customers, (c) => p.customers[c].customerId);
  return stuckCustomers(eventsOfCustomer(p), ids, monthEndExclusiveMs(period.to), stuckAfterDays)
    .map((s) => ({
      customer_id: s.customerId,
      ...info(p, s.customerId),
      stage: s.stage,
      days_in_stage: s.daysInStage,
      mrr: toMrr(col[p.customerIndex.get(s.customerId)!]),
      arr: toArr(col[p.customerIndex.get(s.customerId)!]),
    }))
    .sort((a, b) => b.arr - a.arr || b.days_in_stage - a.days_in_stage);
}

/** Of the `customers`, those whose latest NPS response in the period is a detractor's. */
export function detractorSummary(p: PreparedDataset, customers: Int32Array, period: Period): DetractorSummary {
  const startMs = monthStartMs(period.from);
  const endMs = monthEndExclusiveMs(period.to);
  const col = mrrColumn(p.mrr, monthToIndex(period.to));
  let count = 0;
  let units = 0;
  for (const c of new Set(customers)) {
    const latest = latestResponse(rowsOfCustomer(p.surveys, c), "nps", startMs, endMs);
    if (latest < 0 || p.surveys.cols.score[latest] > 6) continue;
    count++;
    units += col[c];
  }
  return { customers: count, arr: toArr(units) };
}

/**
 * Non-blank comments of the period among `responses`, newest first, with the customer's name when
 * known; with a filter (`mask`), only the filtered customers' comments.
 */
export function commentRows(
  p: PreparedDataset,
  responses: readonly SurveyResponse[],
  mask: Uint8Array | null,
  period: Period,
): VerbatimComment[] {
  const customerOf = (r: SurveyResponse) => (r.customerId === null ? undefined : p.customerIndex.get(r.customerId));
  const scoped = mask === null ? responses : responses.filter((r) => mask[customerOf(r) ?? -1] === 1);
  return verbatimComments(scoped, monthStartMs(period.from), monthEndExclusiveMs(period.to)).map((r) => {
    const index = customerOf(r);
    return {
      response_id: r.responseId,
      customer_id: index === undefined ? null : r.customerId,
      customer_name: index === undefined ? null : p.customers[index].name,
      survey: r.survey,
      score: r.score,
      responded_at: new Date(r.respondedAt).toISOString(),
      comment: r.comment!.trim(),
    };
  });
}

/**
 * `commentRows` under `filters`, cut to a page: the in-memory reference of the data layer's SQL
 * (db/queries/survey-comments.ts), for tests.
 */
export function commentPageOf(
  p: PreparedDataset,
  responses: readonly SurveyResponse[],
  filters: Filters,
  period: Period,
  offset = 0,
  limit = CS_FIRST_COMMENTS,
): CommentPage {
  const f = normalizeFilters(filters);
  const mask = hasFilter(f) ? customerMask(p.customers.length, filterCustomers(p, f)) : null;
  const rows = commentRows(p, responses, mask, period);
  return { comments: rows.slice(offset, offset + limit), total: rows.length };
}
