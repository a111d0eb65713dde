import type { Month, UsageRecord } from "@/lib/domain/types";
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

/** The latest usage row of a customer with from <= month <= to, or null. */
export function latestUsageIn(rows: readonly UsageRecord[], from: Month, to: Month): UsageRecord | null {
  let latest: UsageRecord | null = null;
  for (const u of rows) {
    if (u.month >= from && u.month <= to && (latest === null || u.month > latest.month)) latest = u;
  }
  return latest;
}

/**
 * Adoption and engagement over each customer's latest usage month in the period, so every
 * customer counts once. Seats blank or 0 leave that customer out of adoption only.
 */
export function usageAdoption(rows: readonly UsageRecord[]): UsageAdoption {
  let activeWithSeats = 0;
  let seats = 0;
  let activeUsers = 0;
  const sessions: number[] = [];
  const minutes: number[] = [];
  const features: number[] = [];
  for (const u of rows) {
    activeUsers += u.activeUsers;
    if (u.licensedSeats !== null && u.licensedSeats > 0) {
      activeWithSeats += u.activeUsers;
      seats += u.licensedSeats;
    }
    if (u.sessions !== null) sessions.push(u.sessions);
    if (u.avgSessionMinutes !== null) minutes.push(u.avgSessionMinutes);
    if (u.featuresUsed !== null) features.push(u.featuresUsed);
  }
  return {
    customers: rows.length,
    active_users: activeUsers,
    licensed_seats: seats,
    adoption: pct(activeWithSeats, seats),
    avg_sessions: mean(sessions),
    avg_session_minutes: mean(minutes),
    avg_features_used: mean(features),
  };
}
