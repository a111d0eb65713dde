import { monthToIndex, type MonthIndex } from "@/lib/domain/months";
import type { LifecycleEvent, SurveyKind, SurveyResponse, Ticket, UsageRecord } from "@/lib/domain/types";
import { stageIndex } from "@/lib/domain/stage-index";

/*
 * Surveys, tickets and usage as parallel typed arrays, one entry per row, prepared surveys and
 * tickets in time order. A period's figures then scan a contiguous range of a few numeric arrays
 * instead of chasing hundreds of thousands of objects across the heap, and the data set holds a few
 * bytes per row instead of an object. Ids and comments are not held: the pages that show them read
 * them from the database.
 */

export const SURVEY_KIND_CODES: Record<SurveyKind, number> = { nps: 0, csat: 1, ces: 2 };
export const SURVEY_KINDS_BY_CODE: readonly SurveyKind[] = ["nps", "csat", "ces"];

export interface SurveyColumns {
  respondedAt: Float64Array;
  kind: Uint8Array;
  score: Float64Array;
  /** Customer index, -1 for none or unknown. */
  customer: Int32Array;
}

export interface TicketColumns {
  createdAt: Float64Array;
  /** NaN where the ticket has no first response. */
  firstResponseAt: Float64Array;
  /** NaN where the ticket is not resolved. */
  resolvedAt: Float64Array;
  /** 1 resolved on first contact, 0 not, -1 unknown. */
  fcr: Int8Array;
  customer: Int32Array;
}

/** One row per customer and month; NaN where a value is blank. */
export interface UsageColumns {
  /** A MonthIndex. */
  month: Int32Array;
  activeUsers: Float64Array;
  licensedSeats: Float64Array;
  sessions: Float64Array;
  avgSessionMinutes: Float64Array;
  featuresUsed: Float64Array;
  customer: Int32Array;
}

/** Lifecycle events; prepared, each customer's in compareEvents order. */
export interface LifecycleColumns {
  enteredAt: Float64Array;
  /** The stage's index in LIFECYCLE_STAGES. */
  stage: Uint8Array;
  customer: Int32Array;
}

const NO_CUSTOMER = () => -1;

const nanIfNull = (value: number | null): number => (value === null ? Number.NaN : value);
export const nullIfNaN = (value: number): number | null => (value === value ? value : null);

export function emptySurveyColumns(n: number): SurveyColumns {
  return { respondedAt: new Float64Array(n), kind: new Uint8Array(n), score: new Float64Array(n), customer: new Int32Array(n) };
}

export function emptyTicketColumns(n: number): TicketColumns {
  return {
    createdAt: new Float64Array(n),
    firstResponseAt: new Float64Array(n),
    resolvedAt: new Float64Array(n),
    fcr: new Int8Array(n),
    customer: new Int32Array(n),
  };
}

export function emptyUsageColumns(n: number): UsageColumns {
  return {
    month: new Int32Array(n),
    activeUsers: new Float64Array(n),
    licensedSeats: new Float64Array(n),
    sessions: new Float64Array(n),
    avgSessionMinutes: new Float64Array(n),
    featuresUsed: new Float64Array(n),
    customer: new Int32Array(n),
  };
}

export function emptyLifecycleColumns(n: number): LifecycleColumns {
  return { enteredAt: new Float64Array(n), stage: new Uint8Array(n), customer: new Int32Array(n) };
}

/** Columns of events in the order given. */
export function lifecycleColumns(
  events: readonly LifecycleEvent[],
  customerOf: (id: string | null) => number = NO_CUSTOMER,
): LifecycleColumns {
  const cols = emptyLifecycleColumns(events.length);
  events.forEach((e, i) => {
    cols.enteredAt[i] = e.enteredAt;
    cols.stage[i] = stageIndex(e.stage);
    cols.customer[i] = customerOf(e.customerId);
  });
  return cols;
}

/** compareEvents order as one number: instant, then stage index (below 8), exact for any instant within ±10^15 ms. */
export const eventOrderKey = (cols: LifecycleColumns): Float64Array => Float64Array.from(cols.enteredAt, (t, i) => t * 8 + cols.stage[i]);

export function setTicket(
  cols: TicketColumns,
  i: number,
  customer: number,
  createdAt: number,
  firstResponseAt: number | null,
  resolvedAt: number | null,
  resolvedOnFirstContact: boolean | number | null,
): void {
  cols.createdAt[i] = createdAt;
  cols.firstResponseAt[i] = nanIfNull(firstResponseAt);
  cols.resolvedAt[i] = nanIfNull(resolvedAt);
  cols.fcr[i] = resolvedOnFirstContact === null ? -1 : resolvedOnFirstContact ? 1 : 0;
  cols.customer[i] = customer;
}

/** Columns of rows in the order given. */
export function surveyColumns(rows: readonly SurveyResponse[], customerOf: (id: string | null) => number = NO_CUSTOMER): SurveyColumns {
  const cols = emptySurveyColumns(rows.length);
  rows.forEach((r, i) => {
    cols.respondedAt[i] = r.respondedAt;
    cols.kind[i] = SURVEY_KIND_CODES[r.survey];
    cols.score[i] = r.score;
    cols.customer[i] = customerOf(r.customerId);
  });
  return cols;
}

/** Columns of rows in the order given. */
export function ticketColumns(rows: readonly Ticket[], customerOf: (id: string | null) => number = NO_CUSTOMER): TicketColumns {
  const cols = emptyTicketColumns(rows.length);
  rows.forEach((t, i) =>
    setTicket(cols, i, customerOf(t.customerId), t.createdAt, t.firstResponseAt, t.resolvedAt, t.resolvedOnFirstContact),
  );
  return cols;
}

export function setUsage(
  cols: UsageColumns,
  i: number,
  customer: number,
  month: MonthIndex,
  activeUsers: number,
  licensedSeats: number | null,
  sessions: number | null,
  avgSessionMinutes: number | null,
  featuresUsed: number | null,
): void {
  cols.month[i] = month;
  cols.activeUsers[i] = activeUsers;
  cols.licensedSeats[i] = nanIfNull(licensedSeats);
  cols.sessions[i] = nanIfNull(sessions);
  cols.avgSessionMinutes[i] = nanIfNull(avgSessionMinutes);
  cols.featuresUsed[i] = nanIfNull(featuresUsed);
  cols.customer[i] = customer;
}

/** Columns of rows in the order given. */
export function usageColumns(rows: readonly UsageRecord[], customerOf: (id: string | null) => number = NO_CUSTOMER): UsageColumns {
  const cols = emptyUsageColumns(rows.length);
  rows.forEach((u, i) =>
    setUsage(
      cols,
      i,
      customerOf(u.customerId),
      monthToIndex(u.month),
      u.activeUsers,
      u.licensedSeats,
      u.sessions,
      u.avgSessionMinutes,
      u.featuresUsed,
    ),
  );
  return cols;
}

/** Time order of responses as prepared: by instant, then by response id, so the latest of a customer's rows is the last. */
export function compareResponses(a: SurveyResponse, b: SurveyResponse): number {
  return a.respondedAt - b.respondedAt || (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0);
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
