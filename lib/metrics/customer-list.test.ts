import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS, type LifecycleStage, type SurveyResponse, type Ticket, type UsageRecord } from "@/lib/domain/types";
import { computeMetrics } from "./compute-metrics";
import { customerList } from "./customer-list";
import { NO_DRILL, type DrillParams } from "./customer-list-types";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

const at = (iso: string) => Date.parse(iso);
const nps = (responseId: string, customerId: string, score: number, when: string): SurveyResponse => ({
  responseId,
  customerId,
  survey: "nps",
  score,
  respondedAt: at(when),
  comment: null,
});
const ticket = (ticketId: string, customerId: string, when: string): Ticket => ({
  ticketId,
  customerId,
  createdAt: at(when),
  firstResponseAt: null,
  resolvedAt: null,
  resolvedOnFirstContact: null,
  priority: null,
  channel: null,
});
const usage = (customerId: string, month: string, activeUsers: number, licensedSeats: number): UsageRecord => ({
  customerId,
  month,
  activeUsers,
  licensedSeats,
  sessions: null,
  avgSessionMinutes: null,
  featuresUsed: null,
});
const event = (customerId: string, stage: LifecycleStage, when: string) => ({ customerId, stage, enteredAt: at(when) });

// Period Feb..Apr 2024 (start snapshot Jan).
// a: 100 Jan-Feb, churns Mar (100).           b: 50 from Jan, +30 from Mar (expansion 30): 80 at Apr.
// c: 200 Oct 23-Jan, churns Feb (200), back Apr with 120 (reactivation).
// d: new Feb with 60, 40 from Apr (contraction 20).   e (Enterprise): 90 Jan, churns Feb, back Mar, churns Apr (180 over two months).
// f: never subscribed.
const p = prepare({
  customers: [
    customer("a", { name: "Acme Corp", csm: "Ana" }),
    customer("b", { name: "Bolt Labs", signupDate: "2023-12-20" }),
    customer("c", { name: "Cedar Inc" }),
    customer("d", { name: "Delta Bolt" }),
    customer("e", { name: "Echo", segment: "Enterprise" }),
    customer("f", { name: "Foxtrot" }),
  ],
  subscriptions: [
    sub("a", 100, "2024-01-01", "2024-03-01"),
    sub("b", 50, "2024-01-01"),
    sub("b", 30, "2024-03-01"),
    sub("c", 200, "2023-10-01", "2024-02-01"),
    sub("c", 120, "2024-04-01"),
    sub("d", 60, "2024-02-01", "2024-04-01"),
    sub("d", 40, "2024-04-01"),
    sub("e", 90, "2024-01-01", "2024-02-01"),
    sub("e", 90, "2024-03-01", "2024-04-01"),
  ],
  // b: usage 100, support 100, sentiment 90 -> 96 healthy. c: 0, 100, 50 -> exactly 40, watch.
  // d: 0, 10 tickets -> 0, NPS 3 -> 30: 12, at risk (weakest: usage, first of the tied zeros).
  usage: [usage("b", "2024-04", 10, 10)],
  tickets: Array.from({ length: 10 }, (_, i) => ticket(`t${i}`, "d", "2024-04-10T00:00:00Z")),
  surveys: [
    nps("r1", "a", 5, "2024-02-05T00:00:00Z"),
    nps("r2", "b", 9, "2024-03-05T00:00:00Z"),
    nps("r3", "d", 10, "2024-02-05T00:00:00Z"),
    nps("r4", "d", 3, "2024-04-05T00:00:00Z"),
  ],
  lifecycle: [
    event("b", "onboarding", "2024-01-10T00:00:00Z"),
    event("d", "onboarding", "2024-04-15T00:00:00Z"),
    event("a", "churn", "2024-03-01T00:00:00Z"),
  ],
});
const period = { from: "2024-02", to: "2024-04" };
const list = (drill: Partial<DrillParams>, filters = NO_FILTERS) =>
  customerList(p, period, filters, DEFAULT_HEALTH_SETTINGS, { ...NO_DRILL, ...drill });
const ids = (drill: Partial<DrillParams>, filters = NO_FILTERS) => list(drill, filters).customers.map((r) => r.customer_id);
const metrics = (filters = NO_FILTERS) => computeMetrics(p, period, filters, DEFAULT_HEALTH_SETTINGS);

describe("customerList", () => {
  it("lists every filtered customer by MRR at `to`, ties by name, with status and health", () => {
    const r = list({});
    expect(r.customers.map((c) => [c.customer_id, c.mrr, c.status])).toEqual([
      ["c", 120, "active"],
      ["b", 80, "active"],
      ["d", 40, "active"],
      ["a", 0, "churned"],
      ["e", 0, "churned"],
      ["f", 0, "never_active"],
    ]);
    expect(r.totals).toEqual({ mrr: 240 });
    const b = r.customers[1];
    expect([b.arr, b.health_score, b.health_band, b.weakest_factor, b.current_stage]).toEqual([
      960,
      96,
      "healthy",
      "sentiment",
      "onboarding",
    ]);
    expect(r.customers[3]).toMatchObject({ health_score: null, health_band: null, weakest_factor: null, current_stage: "churn" });
  });

  it("movement=churn: customers with the movement, amounts summed over months, consistent with the summary", () => {
    const r = list({ movement: "churn" });
    expect(r.customers.map((c) => [c.customer_id, c.movement_amount, c.movement_months])).toEqual([
      ["c", 200, ["2024-02"]],
      ["e", 180, ["2024-02", "2024-04"]],
      ["a", 100, ["2024-03"]],
    ]);
    expect(r.totals.movement_amount).toBe(metrics().summary.churned_mrr);
    expect(r.total).toBe(metrics().summary.churned_customers - 1); // e churned twice
    const smb = { ...NO_FILTERS, segment: "SMB" };
    expect(list({ movement: "churn" }, smb).total).toBe(metrics(smb).summary.churned_customers);
    expect(list({ movement: "churn" }, smb).totals.movement_amount).toBe(300);
  });

  it("month: one month of the period, the same customers as that month as the period, the period kept", () => {
    // e churned in Feb and again in Apr; in Apr alone only e churned (90), while b and d are active at its end.
    const apr = list({ movement: "churn", month: "2024-04" });
    expect(apr.customers.map((c) => [c.customer_id, c.movement_amount, c.movement_months, c.mrr])).toEqual([["e", 90, ["2024-04"], 0]]);
    expect(apr.period).toEqual(period);
    expect(apr.drill.month).toBe("2024-04");
    const asPeriod = customerList(p, { from: "2024-04", to: "2024-04" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS, {
      ...NO_DRILL,
      movement: "churn",
    });
    expect(apr.customers).toEqual(asPeriod.customers);
    expect(apr.totals).toEqual(asPeriod.totals);
    // In Feb: c (200) and e (90) churned; MRR and status are at the end of Feb.
    expect(list({ movement: "churn", month: "2024-02" }).customers.map((c) => [c.customer_id, c.movement_amount])).toEqual([
      ["c", 200],
      ["e", 90],
    ]);
    expect(list({ month: "2024-02", status: "active" }).customers.map((c) => [c.customer_id, c.mrr])).toEqual([
      ["a", 100],
      ["d", 60],
      ["b", 50],
    ]);
  });

  it("every movement type matches the summary amounts", () => {
    const s = metrics().summary;
    expect(list({ movement: "new" }).totals.movement_amount).toBe(s.new_mrr);
    expect(ids({ movement: "new" })).toEqual(["d"]);
    expect(list({ movement: "expansion" }).totals.movement_amount).toBe(30);
    expect(list({ movement: "contraction" }).totals.movement_amount).toBe(s.contraction_mrr);
    expect(ids({ movement: "reactivation" })).toEqual(["c", "e"]);
    expect(list({ movement: "reactivation" }).totals.movement_amount).toBe(s.reactivation_mrr);
  });

  it("retention_cohort: active at the month before `from`, with s and e reproducing NRR", () => {
    const r = list({ retentionCohort: true, sort: "name" });
    expect(r.customers.map((c) => [c.customer_id, c.start_mrr, c.end_mrr])).toEqual([
      ["a", 100, 0],
      ["b", 50, 80],
      ["c", 200, 120],
      ["e", 90, 0],
    ]);
    expect(r.totals).toEqual({ mrr: 200, start_mrr: 440, end_mrr: 200 });
    expect((r.totals.end_mrr! / r.totals.start_mrr!) * 100).toBe(metrics().summary.nrr);
  });

  it("cohort: first month with MRR, with MRR then and at `to`", () => {
    expect(list({ cohort: "2024-02" }).customers.map((c) => [c.customer_id, c.start_mrr, c.end_mrr])).toEqual([["d", 60, 40]]);
    expect(ids({ cohort: "2023-10" })).toEqual(["c"]);
    expect(ids({ cohort: "2024-01", status: "churned" })).toEqual(["a", "e"]);
  });

  it("health bands count as /api/metrics does", () => {
    const h = metrics().health;
    expect(ids({ health: "at_risk" })).toEqual(["d"]);
    expect(list({ health: "at_risk" }).total).toBe(h.at_risk);
    expect(list({ health: "watch" }).total).toBe(h.watch);
    expect(ids({ health: "watch" })).toEqual(["c"]);
    expect(list({ health: "healthy" }).total).toBe(h.healthy);
    expect(list({ health: "at_risk" }).customers[0]).toMatchObject({ health_score: 12, weakest_factor: "usage" });
  });

  it("status, stage, stuck, survey and search", () => {
    expect(ids({ status: "active" })).toEqual(["c", "b", "d"]);
    expect(ids({ status: "churned" })).toEqual(["a", "e"]);
    expect(ids({ stage: "onboarding" })).toEqual(["b", "d"]);
    // b entered onboarding on Jan 10: 22 + 29 + 31 + 30 = 112 days before May 1 00:00Z; d only 16.
    expect(list({ stuck: true }).customers.map((c) => [c.customer_id, c.days_in_stage])).toEqual([["b", 112]]);
    // d's latest response of the period is the 3, not the earlier 10.
    expect(ids({ survey: "detractor", sort: "name" })).toEqual(["a", "d"]);
    expect(ids({ survey: "promoter" })).toEqual(["b"]);
    expect(ids({ q: "BOLT" })).toEqual(["b", "d"]);
    expect(ids({ q: "f" })).toEqual(["f"]);
  });

  it("combines drill params with AND, and with the filters", () => {
    expect(ids({ movement: "churn", status: "active" })).toEqual(["c"]);
    expect(ids({ stage: "onboarding", health: "at_risk" })).toEqual(["d"]);
    expect(ids({}, { ...NO_FILTERS, csm: "Ana" })).toEqual(["a"]);
  });

  it("sorts on request (nulls last either way) and pages", () => {
    expect(ids({ sort: "name", dir: "desc" })).toEqual(["f", "e", "d", "c", "b", "a"]);
    expect(ids({ sort: "health_score", dir: "asc" })).toEqual(["d", "c", "b", "a", "e", "f"]);
    expect(ids({ sort: "health_score", dir: "desc" })).toEqual(["b", "c", "d", "a", "e", "f"]);
    expect(ids({ sort: "signup_date", dir: "desc" })[0]).toBe("b");
    const page2 = list({ page: 2, pageSize: 2 });
    expect([page2.total, page2.page, page2.page_size, page2.customers.map((c) => c.customer_id)]).toEqual([6, 2, 2, ["d", "a"]]);
    expect(list({ page: 9 }).customers).toEqual([]);
  });
});
