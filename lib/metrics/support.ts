import { MS_PER_HOUR, monthEndExclusiveMs, monthOfInstant, monthStartMs } from "@/lib/domain/months";
import type { Month, Ticket } from "@/lib/domain/types";
import { medianOfSorted, pct, percentileOfSorted, sortedCopy } from "./stats";

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
  let volume = 0;
  let fcrYes = 0;
  let fcrKnown = 0;
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  for (const t of tickets) {
    if (t.createdAt < startMs || t.createdAt >= endMs) continue;
    volume++;
    if (t.resolvedOnFirstContact !== null) {
      fcrKnown++;
      if (t.resolvedOnFirstContact) fcrYes++;
    }
    if (t.firstResponseAt !== null) firstResponse.push((t.firstResponseAt - t.createdAt) / MS_PER_HOUR);
    if (t.resolvedAt !== null) resolution.push((t.resolvedAt - t.createdAt) / MS_PER_HOUR);
  }
  const firstResponseSorted = sortedCopy(firstResponse);
  const resolutionSorted = sortedCopy(resolution);
  return {
    ticket_volume: volume,
    fcr: pct(fcrYes, fcrKnown),
    median_first_response_hours: medianOfSorted(firstResponseSorted),
    median_resolution_hours: medianOfSorted(resolutionSorted),
    p90_first_response_hours: percentileOfSorted(firstResponseSorted, 90),
    p90_resolution_hours: percentileOfSorted(resolutionSorted, 90),
  };
}

/** One row per month, in the order given (UTC calendar months). */
export function supportMetricsByMonth(tickets: readonly Ticket[], months: readonly Month[]): MonthlySupportMetrics[] {
  const wanted = new Set(months);
  const byMonth = new Map<Month, Ticket[]>();
  for (const t of tickets) {
    const m = monthOfInstant(t.createdAt);
    if (!wanted.has(m)) continue;
    const list = byMonth.get(m);
    if (list) list.push(t);
    else byMonth.set(m, [t]);
  }
  return months.map((month) => ({
    month,
    ...supportMetrics(byMonth.get(month) ?? [], monthStartMs(month), monthEndExclusiveMs(month)),
  }));
}
