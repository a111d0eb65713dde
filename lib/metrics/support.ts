import { MS_PER_HOUR, monthEndExclusiveMs, monthStartMs } from "@/lib/domain/months";
import type { Month, Ticket } from "@/lib/domain/types";
import { inScope, scanRange, ticketColumns, type RowScope, type TicketColumns } from "./event-columns";
import { medianInPlace, pct, percentileInPlace } from "./stats";

export interface SupportMetrics {
  ticket_volume: number;
  fcr: number | null;
  median_first_response_hours: number | null;
  median_resolution_hours: number | null;
  p90_first_response_hours: number | null;
  p90_resolution_hours: number | null;
}

export type MonthlySupportMetrics = SupportMetrics & { month: Month };

/** Tickets created in [startMs, endMs). */
export function supportMetrics(tickets: readonly Ticket[], startMs: number, endMs: number): SupportMetrics {
  const cols = ticketColumns(tickets);
  return supportMetricsOfColumns(cols, { startMs, endMs, mask: null }, 0, cols.createdAt.length);
}

/** The one computation of the support figures: over rows [lo, hi) of time-sorted columns that are in scope. */
export function supportMetricsOfColumns(cols: TicketColumns, scope: RowScope, lo = 0, hi = cols.createdAt.length): SupportMetrics {
  let volume = 0;
  let fcrYes = 0;
  let fcrKnown = 0;
  const firstResponse = new Float64Array(hi - lo);
  const resolution = new Float64Array(hi - lo);
  let nFirst = 0;
  let nResolved = 0;
  for (let i = lo; i < hi; i++) {
    if (!inScope(cols.createdAt[i], cols.customer[i], scope)) continue;
    volume++;
    const fcr = cols.fcr[i];
    if (fcr >= 0) {
      fcrKnown++;
      fcrYes += fcr;
    }
    const firstAt = cols.firstResponseAt[i];
    if (firstAt === firstAt) firstResponse[nFirst++] = (firstAt - cols.createdAt[i]) / MS_PER_HOUR;
    const resolvedAt = cols.resolvedAt[i];
    if (resolvedAt === resolvedAt) resolution[nResolved++] = (resolvedAt - cols.createdAt[i]) / MS_PER_HOUR;
  }
  const firstHours = firstResponse.subarray(0, nFirst);
  const resolvedHours = resolution.subarray(0, nResolved);
  return {
    ticket_volume: volume,
    fcr: pct(fcrYes, fcrKnown),
    median_first_response_hours: medianInPlace(firstHours),
    median_resolution_hours: medianInPlace(resolvedHours),
    p90_first_response_hours: percentileInPlace(firstHours, 90),
    p90_resolution_hours: percentileInPlace(resolvedHours, 90),
  };
}

/** Tickets in scope among rows [lo, hi), without the medians. */
export function ticketVolumeOfColumns(cols: TicketColumns, scope: RowScope, lo = 0, hi = cols.createdAt.length): number {
  let volume = 0;
  for (let i = lo; i < hi; i++) if (inScope(cols.createdAt[i], cols.customer[i], scope)) volume++;
  return volume;
}

/** One row per month, in the order given (UTC calendar months). */
export function supportMetricsByMonth(tickets: readonly Ticket[], months: readonly Month[]): MonthlySupportMetrics[] {
  return supportMetricsByMonthOfColumns(ticketColumns(tickets), months, null, false);
}

/** One row per month over columns; `sorted` columns (time order, as prepared) are scanned by range. */
export function supportMetricsByMonthOfColumns(
  cols: TicketColumns,
  months: readonly Month[],
  mask: Uint8Array | null,
  sorted = true,
): MonthlySupportMetrics[] {
  return months.map((month) => {
    const scope = { startMs: monthStartMs(month), endMs: monthEndExclusiveMs(month), mask };
    const [lo, hi] = sorted ? scanRange(cols.createdAt, scope) : [0, cols.createdAt.length];
    return { month, ...supportMetricsOfColumns(cols, scope, lo, hi) };
  });
}
