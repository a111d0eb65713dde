import { describe, expect, it } from "vitest";
import { indexToMonth } from "@/lib/domain/months";
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings, type UsageRecord } from "@/lib/domain/types";
import { healthInputs } from "./compute-metrics";
import { backtestHealth, backtestMonths, buildBacktestSample, rocAuc } from "./health-backtest";
import { prepare, sub } from "./test-fixtures";

const usage = (customerId: string, month: string, activeUsers: number): UsageRecord => ({
  customerId,
  month,
  activeUsers,
  licensedSeats: 10,
  sessions: null,
  avgSessionMinutes: null,
  featuresUsed: null,
});

// Data ends in 2024-06, so 2024-01..2024-03 have three follow-up snapshots.
// a: 100 Jan-Mar (0 from April). b: 200 throughout. c: 300 from Feb, 150 from May. d: 50 Jan-May (0 in June).
const p = prepare({
  subscriptions: [
    sub("a", 100, "2024-01-01", "2024-04-01"),
    sub("b", 200, "2024-01-01"),
    sub("c", 150, "2024-02-01"),
    sub("c", 150, "2024-02-01", "2024-05-01"),
    sub("d", 50, "2024-01-01", "2024-06-01"),
  ],
  // usage factor per month: a 10, b 90, c 50 (from Feb), d 30
  usage: [usage("a", "2024-01", 1), usage("b", "2024-01", 9), usage("c", "2024-02", 5), usage("d", "2024-01", 3)],
});
const usageOnly: HealthSettings = {
  ...DEFAULT_HEALTH_SETTINGS,
  weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage: 1, support: 0, sentiment: 0 },
};
const sample = buildBacktestSample(p, healthInputs(p));

describe("health back-test", () => {
  it("back-tests the months whose three follow-up months have data", () => {
    expect(backtestMonths(p)!.map(indexToMonth)).toEqual(["2024-01", "2024-03"]);
    expect(sample.months).toEqual(["2024-01", "2024-02", "2024-03"]);
  });

  it("counts who churned within three snapshots, per band, with lift and AUC", () => {
    // Jan: a (churns in Apr), b, d. Feb: a (churns), b, c, d. Mar: a (churns), b, c (contracts in May), d (churns in Jun).
    const r = backtestHealth(sample, usageOnly);
    expect([r.customers, r.churned]).toEqual([11, 4]);
    expect(r.churn_rate).toBeCloseTo((4 / 11) * 100, 12);
    expect(r.bands).toEqual([
      { band: "at_risk", customers: 6, churned: 4, churn_rate: (4 * 100) / 6, contracted: 0, contraction_rate: 0 },
      { band: "watch", customers: 2, churned: 0, churn_rate: 0, contracted: 2, contraction_rate: 100 },
      { band: "healthy", customers: 3, churned: 0, churn_rate: 0, contracted: 0, contraction_rate: 0 },
    ]);
    expect(r.lift).toBeCloseTo(11 / 6, 12);
    // churners 10, 10, 10, 30 against stayers 90 x3, 50 x2, 30 x2: 3 x 7 + (5 + 2 x 0.5) = 27 of 28 pairs.
    expect(r.auc).toBeCloseTo(27 / 28, 12);
    expect(r.months).toEqual([
      { month: "2024-01", customers: 3, at_risk: 2, churned: 1, churn_rate: 100 / 3 },
      { month: "2024-02", customers: 4, at_risk: 2, churned: 1, churn_rate: 25 },
      { month: "2024-03", customers: 4, at_risk: 2, churned: 2, churn_rate: 50 },
    ]);
  });

  it("re-weighs the same sample: default weights put everyone in watch or healthy, so no lift", () => {
    // score = 0.4 x usage + 20 (support 100) + 20 (sentiment 50): a 44, b 76, c 60, d 52.
    const r = backtestHealth(sample, DEFAULT_HEALTH_SETTINGS);
    expect(r.bands.map((b) => [b.band, b.customers, b.churned])).toEqual([
      ["at_risk", 0, 0],
      ["watch", 8, 4],
      ["healthy", 3, 0],
    ]);
    expect(r.bands[0].churn_rate).toBeNull();
    expect(r.lift).toBeNull();
    expect(r.auc).toBeCloseTo(27 / 28, 12);
  });
});

describe("rocAuc", () => {
  it("counts ties half and is null without churners or stayers", () => {
    expect(rocAuc([1, 1], [1, 0])).toBe(0.5);
    expect(rocAuc([1, 2, 3], [0, 1, 0])).toBe(0.5);
    expect(rocAuc([3, 1], [1, 0])).toBe(0);
    expect(rocAuc([1, 2], [0, 0])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
  });
});
