import { describe, expect, it } from "vitest";
import { indexToMonth, monthToIndex } from "@/lib/domain/months";
import type { UsageRecord } from "@/lib/domain/types";
import { usageRows } from "./test-fixtures";
import * as adoption from "./usage-adoption";

// These read rows as typed columns; the tests give them records.
const latestUsageIn = (rows: UsageRecord[], from: string, to: string) => {
  const i = adoption.latestUsageIn(usageRows(rows), monthToIndex(from), monthToIndex(to));
  return i < 0 ? null : { month: indexToMonth(usageRows(rows).cols.month[i]) };
};
const usageAdoption = (rows: UsageRecord[]) => adoption.usageAdoption(usageRows(rows));

const u = (
  month: string,
  activeUsers: number,
  licensedSeats: number | null,
  sessions: number | null = null,
  minutes: number | null = null,
): UsageRecord => ({
  customerId: "a",
  month,
  activeUsers,
  licensedSeats,
  sessions,
  avgSessionMinutes: minutes,
  featuresUsed: null,
});

describe("latestUsageIn", () => {
  it("takes the latest month inside the period", () => {
    const rows = [u("2024-01", 1, 2), u("2024-03", 2, 2), u("2024-05", 3, 2)];
    expect(latestUsageIn(rows, "2024-01", "2024-04")?.month).toBe("2024-03");
    expect(latestUsageIn(rows, "2024-06", "2024-08")).toBeNull();
  });
});

describe("usageAdoption", () => {
  it("pools active users over seats and averages engagement", () => {
    // seats: 10 + 30 = 40, active among them 5 + 15 = 20 -> 50%; the seatless row counts in users only.
    const out = usageAdoption([u("2024-03", 5, 10, 40, 10), u("2024-03", 15, 30, 100, 20), u("2024-03", 4, null, 10, null)]);
    expect(out.customers).toBe(3);
    expect(out.active_users).toBe(24);
    expect(out.licensed_seats).toBe(40);
    expect(out.adoption).toBe(50);
    expect(out.avg_sessions).toBe(50);
    expect(out.avg_session_minutes).toBe(15);
    expect(out.avg_features_used).toBeNull();
  });

  it("is null, not 0, with nothing to divide by", () => {
    expect(usageAdoption([])).toMatchObject({ customers: 0, adoption: null, avg_sessions: null });
  });
});
