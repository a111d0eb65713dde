import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS, type Dataset, type SurveyResponse, type Ticket } from "@/lib/domain/types";
import { customerDetail } from "./customer-detail";
import { customer, prepare, recordsOf, sub } from "./test-fixtures";

const at = (iso: string) => Date.parse(iso);
const ticket = (ticketId: string, created: string, resolved: string | null): Ticket => ({
  ticketId,
  customerId: "a",
  createdAt: at(created),
  firstResponseAt: null,
  resolvedAt: resolved ? at(resolved) : null,
  resolvedOnFirstContact: null,
  priority: "high",
  channel: "email",
});
const nps = (responseId: string, score: number, when: string): SurveyResponse => ({
  responseId,
  customerId: "a",
  survey: "nps",
  score,
  respondedAt: at(when),
  comment: "ok",
});

// z starts the MRR matrix in 2023-11; a: 100 from Jan 2024, 150 from Mar, gone from May (the latest data month is Jun).
const data = {
  customers: [customer("a", { name: "Acme" }), customer("z")],
  subscriptions: [
    sub("z", 10, "2023-11-01", "2024-01-01"),
    sub("a", 100, "2024-01-01", "2024-05-01"),
    sub("a", 50, "2024-03-01", "2024-05-01"),
    sub("z", 10, "2024-06-01"),
  ],
  tickets: [ticket("t1", "2024-02-01T00:00:00Z", "2024-02-01T06:00:00Z"), ticket("t2", "2024-04-01T00:00:00Z", null)],
  surveys: [nps("r1", 9, "2024-03-10T00:00:00Z"), nps("r2", 4, "2024-01-10T00:00:00Z")],
  lifecycle: [
    { customerId: "a", stage: "onboarding", enteredAt: at("2024-01-05T00:00:00Z") },
    { customerId: "a", stage: "acquisition", enteredAt: at("2024-01-01T00:00:00Z") },
  ],
} satisfies Partial<Dataset>;
const p = prepare(data);

describe("customerDetail", () => {
  it("answers null for an unknown id", () => {
    expect(customerDetail(p, "nope", recordsOf(data, "nope"), DEFAULT_HEALTH_SETTINGS)).toBeNull();
  });

  it("gives the MRR history from the customer's first subscription to the latest month, with movements", () => {
    const d = customerDetail(p, "a", recordsOf(data, "a"), DEFAULT_HEALTH_SETTINGS)!;
    expect(d.as_of).toBe("2024-06");
    expect(d.mrr_history.map((h) => [h.month, h.mrr, h.movement, h.amount])).toEqual([
      ["2024-01", 100, "new", 100],
      ["2024-02", 100, null, 0],
      ["2024-03", 150, "expansion", 50],
      ["2024-04", 150, null, 0],
      ["2024-05", 0, "churn", 150],
      ["2024-06", 0, null, 0],
    ]);
    expect(d.movements.map((m) => [m.month, m.movement, m.mrr_before, m.mrr_after])).toEqual([
      ["2024-01", "new", 0, 100],
      ["2024-03", "expansion", 100, 150],
      ["2024-05", "churn", 150, 0],
    ]);
    expect([d.status, d.mrr, d.health]).toEqual(["churned", 0, null]);
    expect(d.health_reason).toContain("2024-06");
  });

  it("orders the timeline by time, tickets and surveys newest first", () => {
    const d = customerDetail(p, "a", recordsOf(data, "a"), DEFAULT_HEALTH_SETTINGS, "2024-04")!;
    expect(d.lifecycle.map((e) => e.stage)).toEqual(["acquisition", "onboarding"]);
    expect(d.current_stage).toBe("onboarding");
    expect(d.tickets.map((t) => [t.ticket_id, t.resolution_hours])).toEqual([
      ["t2", null],
      ["t1", 6],
    ]);
    expect(d.surveys.map((s) => s.response_id)).toEqual(["r1", "r2"]);
  });

  // Window [2024-01-31, 2024-05-01): t1 (resolved) and t2 (open); MRR 150 -> k = 1: support = 100 - 15 x 2 - 40 x 1 / 2 = 50.
  it("scores health at `to` when active: usage 0, support 50, sentiment 90", () => {
    const d = customerDetail(p, "a", recordsOf(data, "a"), DEFAULT_HEALTH_SETTINGS, "2024-04")!;
    expect([d.status, d.mrr, d.arr]).toEqual(["active", 150, 1800]);
    expect(d.health).toMatchObject({
      score: (40 * 0 + 20 * 50 + 40 * 90) / 100,
      band: "watch",
      factors: { usage: 0, support: 50, sentiment: 90 },
      weights: DEFAULT_HEALTH_SETTINGS.weights,
      weakest_factor: "usage",
    });
    expect(Object.keys(d.health!.factors)).toEqual(["usage", "support", "sentiment"]);
    expect(d.health_reason).toBeNull();
  });

  // Three months earlier (2024-01, window ends 2024-02-01 00:00Z): no ticket yet (t1 is created at that instant) -> support 100;
  // latest NPS r2 = 4 -> sentiment 40; MRR 100 then, no MRR three months before that.
  it("gives every factor's signal, weight, raw values and trend against three months earlier", () => {
    const d = customerDetail(p, "a", recordsOf(data, "a"), DEFAULT_HEALTH_SETTINGS, "2024-04")!;
    const by = Object.fromEntries(d.health!.signals.map((s) => [s.factor, s]));
    expect(d.health!.signals.map((s) => s.factor)).toEqual(["usage", "support", "sentiment", "usage_trend", "lifecycle", "mrr_trend"]);
    expect(by.support).toEqual({
      factor: "support",
      score: 50,
      weight: 20,
      previous_score: 100,
      trend: -50,
      raw: { tickets_90d: 2, unresolved: 1, mrr: 150, tickets_per_1k_mrr: 2 },
    });
    expect(by.sentiment).toMatchObject({ score: 90, previous_score: 40, trend: 50, raw: { survey: "nps", response_score: 9 } });
    expect(by.usage).toMatchObject({ score: 0, trend: 0, raw: { month: null, active_users: null, licensed_seats: null } });
    // onboarding = stage 2 of 0..6; MRR 150 now vs 100 in 2024-01 -> capped at 100 (then: no MRR in 2023-10 -> 50)
    expect(by.lifecycle).toMatchObject({ score: (2 / 6) * 100, weight: 0, raw: { stage: "onboarding" } });
    expect(by.mrr_trend).toMatchObject({ score: 100, previous_score: 50, trend: 50, raw: { mrr: 150, mrr_3_months_earlier: 100 } });
  });
});
