import { MS_PER_HOUR } from "@/lib/domain/months";
import type { SurveyKind, SurveyResponse, Ticket } from "@/lib/domain/types";

/*
 * Surveys and tickets as parallel typed arrays in time order. A period's figures then scan a
 * contiguous range of a few numeric arrays instead of chasing hundreds of thousands of objects
 * across the heap, which is what keeps GET /api/metrics fast on large data.
 */

export const SURVEY_KIND_CODES: Record<SurveyKind, number> = { nps: 0, csat: 1, ces: 2 };

export interface SurveyColumns {
  respondedAt: Float64Array;
  kind: Uint8Array;
  score: Float64Array;
  /** Customer index, -1 for none or unknown. */
  customer: Int32Array;
}

export interface TicketColumns {
  createdAt: Float64Array;
  /** NaN where the ticket has no such timestamp. */
  firstResponseHours: Float64Array;
  resolutionHours: Float64Array;
  /** 1 resolved on first contact, 0 not, -1 unknown. */
  fcr: Int8Array;
  customer: Int32Array;
}

const NO_CUSTOMER = () => -1;

export function surveyColumns(rows: readonly SurveyResponse[], customerOf: (id: string | null) => number = NO_CUSTOMER): SurveyColumns {
  const n = rows.length;
  const cols: SurveyColumns = {
    respondedAt: new Float64Array(n),
    kind: new Uint8Array(n),
    score: new Float64Array(n),
    customer: new Int32Array(n),
  };
  rows.forEach((r, i) => {
    cols.respondedAt[i] = r.respondedAt;
    cols.kind[i] = SURVEY_KIND_CODES[r.survey];
    cols.score[i] = r.score;
    cols.customer[i] = customerOf(r.customerId);
  });
  return cols;
}

export function ticketColumns(rows: readonly Ticket[], customerOf: (id: string | null) => number = NO_CUSTOMER): TicketColumns {
  const n = rows.length;
  const cols: TicketColumns = {
    createdAt: new Float64Array(n),
    firstResponseHours: new Float64Array(n),
    resolutionHours: new Float64Array(n),
    fcr: new Int8Array(n),
    customer: new Int32Array(n),
  };
  rows.forEach((t, i) => {
    cols.createdAt[i] = t.createdAt;
    cols.firstResponseHours[i] = t.firstResponseAt === null ? Number.NaN : (t.firstResponseAt - t.createdAt) / MS_PER_HOUR;
    cols.resolutionHours[i] = t.resolvedAt === null ? Number.NaN : (t.resolvedAt - t.createdAt) / MS_PER_HOUR;
    cols.fcr[i] = t.resolvedOnFirstContact === null ? -1 : t.resolvedOnFirstContact ? 1 : 0;
    cols.customer[i] = customerOf(t.customerId);
  });
  return cols;
}

/** First index whose time is >= ms in an ascending column. */
export function lowerBound(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which rows count: those timed in [startMs, endMs) and, with a filter, only rows of the filtered
 * customers (`mask[customer] === 1`); without one (mask null) every row counts, also those
 * without a customer.
 */
export interface RowScope {
  startMs: number;
  endMs: number;
  mask: Uint8Array | null;
}

export function inScope(time: number, customer: number, scope: RowScope): boolean {
  if (time < scope.startMs || time >= scope.endMs) return false;
  return scope.mask === null || (customer >= 0 && scope.mask[customer] === 1);
}

/** The scan range of a time-sorted column for a scope; rows outside the times are not visited. */
export function scanRange(times: Float64Array, scope: RowScope): [number, number] {
  return [lowerBound(times, scope.startMs), lowerBound(times, scope.endMs)];
}

export function customerMask(customerCount: number, customers: Int32Array): Uint8Array {
  const mask = new Uint8Array(customerCount);
  for (const c of customers) mask[c] = 1;
  return mask;
}
