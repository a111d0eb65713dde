import type { MonthIndex } from "@/lib/domain/months";
import type { RowsOf } from "./customer-rows";
import type { UsageColumns } from "./event-columns";
import { mean, pct } from "./stats";

export interface UsageAdoption {
  /** Customers with a usage row in the period. */
  customers: number;
  active_users: number;
  licensed_seats: number;
  /** Active users / licensed seats x 100, pooled over customers that give seats; null without seats. */
  adoption: number | null;
  avg_sessions: number | null;
  avg_session_minutes: number | null;
  avg_features_used: number | null;
}

/** Position of a customer's latest usage row with from <= month <= to, or -1. */
export function latestUsageIn(usage: RowsOf<UsageColumns>, from: MonthIndex, to: MonthIndex): number {
  const { month } = usage.cols;
  let latest = -1;
  for (let k = usage.from; k < usage.to; k++) {
    const i = usage.rows[k];
    if (month[i] >= from && month[i] <= to && (latest < 0 || month[i] > month[latest])) latest = i;
  }
  return latest;
}

/**
 * Adoption and engagement over each customer's latest usage month in the period, so every
 * customer counts once. Seats blank or 0 leave that customer out of adoption only.
 */
export function usageAdoption(usage: RowsOf<UsageColumns>): UsageAdoption {
  const cols = usage.cols;
  let activeWithSeats = 0;
  let seats = 0;
  let activeUsers = 0;
  const sessions: number[] = [];
  const minutes: number[] = [];
  const features: number[] = [];
  for (let k = usage.from; k < usage.to; k++) {
    const i = usage.rows[k];
    activeUsers += cols.activeUsers[i];
    // NaN (blank) fails the comparison.
    if (cols.licensedSeats[i] > 0) {
      activeWithSeats += cols.activeUsers[i];
      seats += cols.licensedSeats[i];
    }
    if (!Number.isNaN(cols.sessions[i])) sessions.push(cols.sessions[i]);
    if (!Number.isNaN(cols.avgSessionMinutes[i])) minutes.push(cols.avgSessionMinutes[i]);
    if (!Number.isNaN(cols.featuresUsed[i])) features.push(cols.featuresUsed[i]);
  }
  return {
    customers: usage.to - usage.from,
    active_users: activeUsers,
    licensed_seats: seats,
    adoption: pct(activeWithSeats, seats),
    avg_sessions: mean(sessions),
    avg_session_minutes: mean(minutes),
    avg_features_used: mean(features),
  };
}
