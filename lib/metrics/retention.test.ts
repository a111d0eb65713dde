import { describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import { filterCustomers } from "./filters";
import { cohortTotals, monthlyRetention, periodCohort, retentionRates, trailingRetention } from "./retention";
import { NO_FILTERS, prepare, sub } from "./test-fixtures";

// Cohort at 2023-12: a 100 -> 150 (expansion), b 200 -> 0 (churned in June), c 100 -> 60. d is new in May.
const p = prepare({
  subscriptions: [
    sub("a", 100, "2023-06-01"),
    sub("a", 50, "2024-08-01"),
    sub("b", 2400, "2023-01-01", "2024-06-01", "year"),
    sub("c", 100, "2023-11-01", "2024-10-01"),
    sub("c", 180, "2024-10-01", null, "quarter"),
    sub("d", 50, "2024-05-01"),
  ],
});
const all = filterCustomers(p, NO_FILTERS);
const year = () => retentionRates(periodCohort(p.mrr, all, monthToIndex("2024-01"), monthToIndex("2024-12")));

describe("period retention", () => {
  it("NRR, GRR and expansion over 12 months", () => {
    const r = year();
    expect(r.nrr).toBe(52.5); // (150 + 0 + 60) / 400
    expect(r.grr).toBe(40); // (100 + 0 + 60) / 400
    expect(r.expansion_mrr_pct).toBe(12.5);
    expect(r.mrr_churn_pct).toBe(60);
    expect(r.net_mrr_churn_pct).toBe(47.5);
  });

  it("logo churn and CRR leave new customers out of the cohort", () => {
    const r = year();
    expect(r.logo_churn_rate).toBeCloseTo(100 / 3, 12);
    expect(r.crr).toBeCloseTo(200 / 3, 12); // E = 3 (a, c, d), N = 1 (d), S = 3
  });

  it("the one-month series uses the same formulas", () => {
    const june = retentionRates(periodCohort(p.mrr, all, monthToIndex("2024-06"), monthToIndex("2024-06")));
    // start May: a 100, b 200, c 100, d 50; June: b gone
    expect(june.nrr).toBeCloseTo((250 / 450) * 100, 12);
    expect(june.logo_churn_rate).toBe(25);
  });

  it("is null for an empty cohort", () => {
    const r = retentionRates(cohortTotals(new Float64Array(2), new Float64Array(2), Int32Array.of(0, 1)));
    expect(r).toEqual({
      nrr: null,
      grr: null,
      expansion_mrr_pct: null,
      mrr_churn_pct: null,
      net_mrr_churn_pct: null,
      logo_churn_rate: null,
      crr: null,
    });
  });

  it("trailing 12-month NRR/GRR per month", () => {
    const t = trailingRetention(p, NO_FILTERS, "2024-11", "2024-12");
    expect(t[1]).toEqual({ month: "2024-12", nrr: 52.5, grr: 40 });
    // 2023-11: a 100, b 200, c 100 -> 2024-11: a 150, c 60
    expect(t[0]).toEqual({ month: "2024-11", nrr: 52.5, grr: 40 });
  });
});

describe("monthly retention", () => {
  it("gives each month's one-month CRR and net MRR churn", () => {
    const [may, june] = monthlyRetention(p, NO_FILTERS, "2024-05", "2024-06");
    // May: cohort a, b, c (April) all still active with the same MRR; d is new, not in the cohort.
    expect(may).toEqual({ month: "2024-05", crr: 100, net_mrr_churn_pct: 0 });
    // June: cohort a 100, b 200, c 100, d 50; b churns: 3 of 4 retained, MRR 250 of 450.
    expect(june.crr).toBe(75);
    expect(june.net_mrr_churn_pct).toBeCloseTo(400 / 9, 12);
  });
});
