import { describe, expect, it } from "vitest";
import type { MetricsSummary } from "@/lib/metrics/types";
import { boardKpiRows, boardMonths, boardPeriod, packMonths } from "./board-pack";

const summary = (arr: number, nrr: number | null) => ({ arr, mrr: arr / 12, active_customers: 40, nrr }) as unknown as MetricsSummary;

describe("board pack", () => {
  it("compares the month with the month before and the same month a year before", () => {
    expect(boardMonths("2026-01")).toEqual({ month: "2026-01", previous: "2025-12", yearAgo: "2025-01" });
    expect(boardPeriod("2026-01")).toEqual({ from: "2025-02", to: "2026-01" });
    expect(packMonths("2025-11", "2026-01")).toEqual(["2026-01", "2025-12", "2025-11"]);
  });
  it("formats this month, last month, a year ago and plan; missing values are dashes", () => {
    const rows = boardKpiRows({
      month: summary(1_200_000, 101.25),
      previous: summary(1_150_000, null),
      yearAgo: null,
      plan: (k) => (k === "arr" ? 1_250_000 : null),
    });
    expect(rows[0]).toEqual(["ARR", "$1.2M", "$1.2M", "—", "$1.3M"]);
    expect(rows[1]).toEqual(["MRR", "$100K", "$95,833", "—", "—"]);
    expect(rows[2]).toEqual(["Active customers", "40", "40", "—", "—"]);
    expect(rows.find((r) => r[0] === "NRR (month)")).toEqual(["NRR (month)", "101.3%", "—", "—", "—"]);
  });
});
