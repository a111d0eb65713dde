import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS, type BillingPeriod, type Cost, type Customer, type Subscription } from "@/lib/domain/types";
import { addMonths } from "@/lib/domain/months";
import { computeMetrics } from "./compute-metrics";
import { computeExecutive, previousPeriod } from "./executive";
import { bridgeGapCents, periodBridge } from "./mrr-bridge";
import { cost, customer, NO_FILTERS, prepare } from "./test-fixtures";

/** A small demo-like company: amounts with cents, monthly/quarterly/annual billing, upgrades, churn and win-backs. */
function demoLike() {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const periods: BillingPeriod[] = ["month", "quarter", "year"];
  const customers: Customer[] = [];
  const subscriptions: Subscription[] = [];
  const costs: Cost[] = [];
  for (let i = 0; i < 60; i++) {
    const id = `c${i}`;
    customers.push(customer(id, { segment: ["SMB", "Mid-Market", "Enterprise"][i % 3] }));
    const start = addMonths("2024-01", Math.floor(rand() * 24));
    const end = rand() < 0.4 ? addMonths(start, 1 + Math.floor(rand() * 12)) : null;
    const amount = Math.round(rand() * 500_000) / 100;
    subscriptions.push({
      subscriptionId: `${id}-1`,
      customerId: id,
      plan: null,
      amount,
      billingPeriod: periods[i % 3],
      startDate: `${start}-01`,
      endDate: end ? `${end}-15` : null,
    });
    if (rand() < 0.3)
      subscriptions.push({
        subscriptionId: `${id}-2`,
        customerId: id,
        plan: null,
        amount: 333.33,
        billingPeriod: "quarter",
        startDate: `${addMonths(start, 3)}-10`,
        endDate: null,
      });
  }
  for (let m = 0; m < 30; m++) costs.push(cost(addMonths("2024-01", m), "sales_marketing", 10_000 + m * 123.45));
  return prepare({ customers, subscriptions, costs });
}

describe("executive dashboard data", () => {
  const p = demoLike();
  const periods = [
    { from: "2024-07", to: "2025-06" },
    { from: "2025-01", to: "2025-12" },
    { from: "2024-02", to: "2026-01" },
    { from: "2025-05", to: "2025-05" },
  ];

  it("the period bridge balances to the cent: start + movements = end", () => {
    for (const period of periods) {
      for (const segment of [null, "SMB", "Enterprise"]) {
        const filters = { ...NO_FILTERS, segment };
        const metrics = computeMetrics(p, period, filters, DEFAULT_HEALTH_SETTINGS);
        const exec = computeExecutive(p, period, filters, DEFAULT_HEALTH_SETTINGS);
        expect(bridgeGapCents(exec.start_mrr, metrics.summary, metrics.summary.mrr)).toBe(0);
        const steps = periodBridge(exec.start_mrr, metrics.summary, metrics.summary.mrr);
        expect(steps.at(-2)!.kind).toBe("churn");
        const last = steps.at(-2)!;
        expect(Math.round((last.amount < 0 ? last.low : last.high) * 100)).toBe(Math.round(metrics.summary.mrr * 100));
      }
    }
  });

  it("each month's bridge balances too", () => {
    const metrics = computeMetrics(p, { from: "2024-02", to: "2026-01" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);
    for (let i = 1; i < metrics.months.length; i++) {
      expect(bridgeGapCents(metrics.months[i - 1].mrr, metrics.months[i], metrics.months[i].mrr)).toBe(0);
    }
  });

  it("unit economics end on the summary's values; cohort size and previous period", () => {
    const period = { from: "2025-01", to: "2025-12" };
    const metrics = computeMetrics(p, period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);
    const exec = computeExecutive(p, period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);
    const last = exec.unit_economics.at(-1)!;
    expect(last.cac).toBeCloseTo(metrics.summary.cac!, 9);
    expect(last.cltv).toBeCloseTo(metrics.summary.cltv!, 9);
    expect(last.ltv_to_cac).toBeCloseTo(metrics.summary.ltv_to_cac!, 9);
    expect(exec.unit_economics).toHaveLength(12);
    expect(exec.trailing_retention.at(-1)!.nrr).toBeCloseTo(metrics.summary.nrr!, 9);
    expect(exec.cohort_size).toBe(
      metrics.months[0].active_customers -
        metrics.months[0].new_customers -
        metrics.months[0].reactivated_customers +
        metrics.months[0].churned_customers,
    );
    expect(exec.previous_period).toEqual({ from: "2024-01", to: "2024-12" });
    expect(exec.previous!.mrr).toBe(computeMetrics(p, exec.previous_period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS).summary.mrr);
  });

  it("has no previous period before the data starts", () => {
    expect(previousPeriod({ from: "2024-01", to: "2024-03" })).toEqual({ from: "2023-10", to: "2023-12" });
    expect(computeExecutive(p, { from: "2024-01", to: "2024-03" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS).previous).toBeNull();
  });
});

describe("periodBridge", () => {
  it("stacks the movements from start to end", () => {
    const steps = periodBridge(
      1000,
      { new_mrr: 200, expansion_mrr: 50, reactivation_mrr: 10, contraction_mrr: 30, churned_mrr: 100 },
      1130,
    );
    expect(steps.map((s) => [s.kind, s.low, s.high])).toEqual([
      ["start", 0, 1000],
      ["new", 1000, 1200],
      ["expansion", 1200, 1250],
      ["reactivation", 1250, 1260],
      ["contraction", 1230, 1260],
      ["churn", 1130, 1230],
      ["end", 0, 1130],
    ]);
    expect(
      bridgeGapCents(1000, { new_mrr: 200, expansion_mrr: 50, reactivation_mrr: 10, contraction_mrr: 30, churned_mrr: 100 }, 1130.01),
    ).toBe(1);
  });
});
