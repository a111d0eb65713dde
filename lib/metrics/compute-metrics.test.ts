import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS, type SurveyResponse, type Ticket } from "@/lib/domain/types";
import { computeMetrics, defaultPeriod } from "./compute-metrics";
import { cost, customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

const at = (iso: string) => Date.parse(iso);
const ticket = (ticketId: string, customerId: string | null, createdAt: string): Ticket => ({
  ticketId,
  customerId,
  createdAt: at(createdAt),
  firstResponseAt: null,
  resolvedAt: null,
  resolvedOnFirstContact: null,
  priority: null,
  channel: null,
});
const nps = (responseId: string, customerId: string | null, score: number, respondedAt: string): SurveyResponse => ({
  responseId,
  customerId,
  survey: "nps",
  score,
  respondedAt: at(respondedAt),
  comment: null,
});

// MRR   2023-12  2024-01  2024-02  2024-03
// a     100      100      150      150     SMB, Ana, referral (not new in the period)
// b     200      200      0        0       SMB, Bo
// c     0        300      300      300     Enterprise, Ana, REFERRAL, new in January (quarterly 900)
// d     100      100      100      100     Enterprise (yearly 1200)
// e     0        0        0        60      Unassigned, reactivated (had MRR in 2023)
const p = prepare({
  customers: [
    customer("a", { segment: "SMB", csm: "Ana", plan: "Pro", acquisitionChannel: "Referral" }),
    customer("b", { segment: "SMB", csm: "Bo", plan: "Basic", acquisitionChannel: "ads" }),
    customer("c", { segment: "Enterprise", csm: "Ana", plan: "Pro", acquisitionChannel: "REFERRAL", signupDate: "2024-01-10" }),
    customer("d", { segment: "Enterprise", plan: "Basic" }),
    customer("e", { segment: "Unassigned", acquisitionChannel: "partner" }),
  ],
  subscriptions: [
    sub("a", 100, "2023-10-01"),
    sub("a", 50, "2024-02-01"),
    sub("b", 200, "2023-06-01", "2024-02-01"),
    sub("c", 900, "2024-01-15", null, "quarter"),
    sub("d", 1200, "2023-12-01", null, "year"),
    sub("e", 60, "2023-01-01", "2023-05-01"),
    sub("e", 60, "2024-03-01"),
  ],
  costs: [
    cost("2024-01", "sales_marketing", 600),
    cost("2024-02", "sales_marketing", 300),
    cost("2024-01", "customer_success", 700),
    cost("2024-02", "support", 120, "Enterprise"),
    cost("2024-03", "product", 400),
  ],
  surveys: [nps("r1", "a", 10, "2024-02-10T10:00:00Z"), nps("r2", null, 0, "2024-02-11T10:00:00Z")],
  tickets: [
    ticket("t1", "b", "2024-01-05T00:00:00Z"),
    ticket("t2", null, "2024-03-01T00:00:00Z"),
    ...[1, 2, 3, 4, 5].map((i) => ticket(`d${i}`, "d", "2024-03-10T00:00:00Z")),
  ],
  lifecycle: [{ customerId: "c", stage: "early_adoption", enteredAt: at("2024-02-09T00:00:00Z") }],
});
const Q1 = { from: "2024-01", to: "2024-03" };

describe("computeMetrics without filters", () => {
  const r = computeMetrics(p, Q1, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);

  it("revenue, retention and movements", () => {
    expect(r.period).toEqual(Q1);
    expect(r.filters).toEqual(NO_FILTERS);
    const s = r.summary;
    expect([s.mrr, s.arr, s.active_customers, s.arpa]).toEqual([610, 7320, 4, 152.5]);
    expect([s.nrr, s.grr, s.expansion_mrr_pct, s.mrr_churn_pct, s.net_mrr_churn_pct]).toEqual([62.5, 50, 12.5, 50, 37.5]);
    expect(s.logo_churn_rate).toBeCloseTo(100 / 3, 12);
    expect(s.crr).toBeCloseTo(200 / 3, 12);
    expect([s.new_mrr, s.expansion_mrr, s.contraction_mrr, s.churned_mrr, s.reactivation_mrr]).toEqual([300, 50, 0, 200, 60]);
    expect([s.new_customers, s.churned_customers, s.reactivated_customers]).toEqual([1, 1, 1]);
  });

  it("unit economics", () => {
    const s = r.summary;
    expect(s.customer_lifetime_months).toBe(12); // 100 / mean(0, 25, 0)
    expect(s.cltv).toBe(1830);
    expect(s.cac).toBe(900);
    expect(s.ltv_to_cac).toBeCloseTo(1830 / 900, 12);
    expect(s.expansion_share).toBeCloseTo((50 / 410) * 100, 12);
    expect(s.referral_rate).toBe(100);
  });

  it("cost to carry", () => {
    const s = r.summary;
    expect([s.cost_to_serve, s.revenue]).toEqual([1220, 1860]);
    expect(s.cost_to_carry_ratio).toBeCloseTo((1220 / 1860) * 100, 12);
    expect(s.cost_to_serve_per_customer).toBeCloseTo(1220 / 11, 12);
    expect(s.customer_retention_cost).toBeCloseTo(820 / 11, 12);
  });

  it("surveys, support, lifecycle and health", () => {
    const s = r.summary;
    expect([s.nps, s.nps_responses, s.promoters, s.detractors]).toEqual([0, 2, 1, 1]);
    expect(s.ticket_volume).toBe(7);
    expect(s.time_to_value_days).toBe(30);
    // a: 0.2 x 100 + 0.4 x 100 = 60; c, e: 0.2 x 100 + 0.4 x 50 = 40; d with 5 tickets: 10 + 20 = 30
    expect(r.health).toEqual({ healthy: 0, watch: 3, at_risk: 1, arr_at_risk: 1200 });
    expect(s.arr_at_risk).toBe(1200);
    expect(r.funnel.map((f) => f.stage)).toEqual([
      "awareness",
      "acquisition",
      "onboarding",
      "implementation",
      "early_adoption",
      "growth",
      "retention",
      "churn",
    ]);
  });

  it("months", () => {
    expect(
      r.months.map((m) => [m.month, m.mrr, m.active_customers, m.new_mrr, m.expansion_mrr, m.churned_mrr, m.reactivation_mrr]),
    ).toEqual([
      ["2024-01", 700, 4, 300, 0, 0, 0],
      ["2024-02", 550, 3, 0, 50, 200, 0],
      ["2024-03", 610, 4, 0, 0, 0, 60],
    ]);
    expect(r.months.map((m) => [m.logo_churn_rate, m.ticket_volume, m.cost_to_serve, m.nps])).toEqual([
      [0, 1, 700, null],
      [25, 0, 120, 0],
      [0, 6, 400, null],
    ]);
    expect(r.months[0].cost_to_carry_ratio).toBe(100);
    expect(r.months[1].nrr).toBeCloseTo((550 / 700) * 100, 12); // January cohort a, b, c, d
    expect(r.months[1].grr).toBeCloseTo((500 / 700) * 100, 12);
    expect(r.months[2].cost_to_carry_ratio).toBeCloseTo((400 / 610) * 100, 12);
  });

  it("segments and csms", () => {
    expect(r.segments.map((s) => s.segment)).toEqual(["Enterprise", "SMB", "Unassigned"]);
    const [ent, smb, un] = r.segments;
    expect(ent).toMatchObject({ mrr: 400, active_customers: 2, revenue: 1200, cost_to_serve: 670, margin: 530, nrr: 100, grr: 100 });
    expect(ent.cost_to_serve_per_customer).toBeCloseTo(670 / 6, 12);
    expect(smb).toMatchObject({
      mrr: 150,
      active_customers: 1,
      revenue: 600,
      cost_to_serve: 450,
      cost_to_carry_ratio: 75,
      cost_to_serve_per_customer: 112.5,
      margin: 150,
      nrr: 50,
    });
    expect(smb.grr).toBeCloseTo(100 / 3, 12);
    expect(un).toMatchObject({
      mrr: 60,
      revenue: 60,
      cost_to_serve: 100,
      cost_to_serve_per_customer: 100,
      margin: -40,
      nrr: null,
      grr: null,
    });
    expect(r.csms).toEqual([{ csm: "Ana", arr: 5400, customers: 2 }]);
  });
});

describe("computeMetrics with a csm filter", () => {
  const r = computeMetrics(p, Q1, { ...NO_FILTERS, csm: "Ana" }, DEFAULT_HEALTH_SETTINGS);

  it("restricts revenue metrics to the csm's customers", () => {
    const s = r.summary;
    expect([s.mrr, s.active_customers, s.arpa, s.nrr, s.grr, s.net_mrr_churn_pct, s.logo_churn_rate, s.crr]).toEqual([
      450, 2, 225, 150, 100, -50, 0, 100,
    ]);
    expect([s.customer_lifetime_months, s.cltv]).toEqual([null, null]);
    expect([s.cac, s.ltv_to_cac]).toEqual([500, null]); // sales_marketing per head: 150 + 150 in January, 100 + 100 in February
  });

  it("carries per-head cost shares and scopes surveys and tickets", () => {
    const s = r.summary;
    expect([s.cost_to_serve, s.revenue]).toEqual([610, 1300]);
    expect(r.segments.map((x) => [x.segment, x.cost_to_serve, x.revenue, x.nrr])).toEqual([
      ["Enterprise", 335, 900, null],
      ["SMB", 275, 400, 150],
    ]);
    expect([s.nps, s.nps_responses, s.ticket_volume]).toEqual([100, 1, 0]);
  });
});

describe("computeMetrics edge periods", () => {
  it("a period before any data: null for every zero denominator", () => {
    const r = computeMetrics(p, { from: "2020-01", to: "2020-02" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);
    const s = r.summary;
    for (const key of [
      "arpa",
      "nrr",
      "grr",
      "expansion_mrr_pct",
      "mrr_churn_pct",
      "net_mrr_churn_pct",
      "logo_churn_rate",
      "crr",
      "customer_lifetime_months",
      "cltv",
      "cac",
      "ltv_to_cac",
      "expansion_share",
      "referral_rate",
      "nps",
      "csat",
      "ces",
      "fcr",
      "cost_to_carry_ratio",
      "cost_to_serve_per_customer",
      "customer_retention_cost",
      "time_to_value_days",
    ] as const) {
      expect([key, s[key]]).toEqual([key, null]);
    }
    expect([s.mrr, s.active_customers, s.revenue, s.cost_to_serve, s.arr_at_risk]).toEqual([0, 0, 0, 0, 0]);
    expect(r.months.map((m) => [m.nrr, m.grr, m.logo_churn_rate, m.cost_to_carry_ratio])).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(r.segments.every((x) => x.nrr === null && x.cost_to_carry_ratio === null && x.cost_to_serve_per_customer === null)).toBe(true);
  });

  it("a period past the data carries the open subscriptions on", () => {
    const r = computeMetrics(p, { from: "2025-01", to: "2025-06" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);
    expect([r.summary.mrr, r.summary.revenue, r.summary.nrr, r.summary.new_customers]).toEqual([610, 3660, 100, 0]);
  });

  it("the default period ends with the latest data month", () => {
    expect(defaultPeriod(p)).toEqual({ from: "2023-04", to: "2024-03" });
  });
});
