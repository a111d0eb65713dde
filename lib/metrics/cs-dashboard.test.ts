import { describe, expect, it } from "vitest";
import {
  DEFAULT_HEALTH_SETTINGS,
  type Dataset,
  type LifecycleEvent,
  type SurveyResponse,
  type Ticket,
  type UsageRecord,
} from "@/lib/domain/types";
import { computeCsDashboard as computeCs } from "./cs-dashboard";
import { commentPageOf } from "./cs-lists";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

const at = (iso: string) => Date.parse(iso);
const survey = (
  responseId: string,
  customerId: string | null,
  kind: SurveyResponse["survey"],
  score: number,
  iso: string,
  comment: string | null = null,
): SurveyResponse => ({
  responseId,
  customerId,
  survey: kind,
  score,
  respondedAt: at(iso),
  comment,
});
const ticket = (ticketId: string, customerId: string | null, iso: string, fcr: boolean | null, firstHours: number): Ticket => ({
  ticketId,
  customerId,
  createdAt: at(iso),
  firstResponseAt: at(iso) + firstHours * 3_600_000,
  resolvedAt: null,
  resolvedOnFirstContact: fcr,
  priority: null,
  channel: null,
});
const usage = (customerId: string, month: string, activeUsers: number, licensedSeats: number): UsageRecord => ({
  customerId,
  month,
  activeUsers,
  licensedSeats,
  sessions: 10,
  avgSessionMinutes: 5,
  featuresUsed: 3,
});
const event = (customerId: string, stage: LifecycleEvent["stage"], iso: string): LifecycleEvent => ({
  customerId,
  stage,
  enteredAt: at(iso),
});

// Period 2024-01..2024-03. a SMB 100/mo, b Enterprise 300/mo, c SMB churned in February.
const data = {
  customers: [
    customer("a", { name: "Acme", segment: "SMB", csm: "Ana" }),
    customer("b", { name: "Bolt", segment: "Enterprise", csm: "Bo" }),
    customer("c", { name: "Cargo", segment: "SMB", csm: "Ana" }),
  ],
  subscriptions: [sub("a", 100, "2023-06-01"), sub("b", 300, "2023-06-01"), sub("c", 50, "2023-06-01", "2024-02-01")],
  surveys: [
    survey("r1", "a", "nps", 9, "2024-01-10T00:00:00Z"),
    survey("r2", "a", "nps", 3, "2024-03-05T00:00:00Z", " too slow "), // a's latest NPS: detractor
    survey("r3", "b", "nps", 2, "2024-01-20T00:00:00Z"),
    survey("r4", "b", "nps", 10, "2024-02-20T00:00:00Z"), // b's latest: promoter
    survey("r5", "c", "nps", 5, "2024-01-15T00:00:00Z"), // c: detractor, no ARR at `to`
    survey("r6", null, "nps", 0, "2024-02-01T00:00:00Z", "anonymous"),
  ],
  tickets: [
    ticket("t1", "a", "2024-01-03T00:00:00Z", true, 2),
    ticket("t2", "a", "2024-03-03T00:00:00Z", false, 4),
    ticket("t3", "b", "2024-03-09T00:00:00Z", null, 10),
    ticket("t4", null, "2024-02-09T00:00:00Z", true, 6),
  ],
  usage: [usage("a", "2024-02", 2, 10), usage("a", "2024-03", 3, 10), usage("b", "2024-03", 27, 30), usage("b", "2024-05", 30, 30)],
  lifecycle: [event("a", "onboarding", "2023-12-01T00:00:00Z"), event("b", "retention", "2023-07-01T00:00:00Z")],
} satisfies Partial<Dataset>;
const p = prepare(data);
// The data layer passes the period's responses that have a comment; these are the fixture's.
const computeCsDashboard = (...args: Parameters<typeof computeCs> extends [...infer A, unknown] ? A : never) =>
  computeCs(...args, commentPageOf(args[0], data.surveys, args[2], args[1]));
const period = { from: "2024-01", to: "2024-03" };

describe("computeCsDashboard", () => {
  const out = computeCsDashboard(p, period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS);

  it("counts detractors by their latest NPS of the period, with ARR at `to`", () => {
    // a (latest 3) and c (5) are detractors; b's latest is 10. ARR = 12 x (100 + 0).
    expect(out.detractors).toEqual({ customers: 2, arr: 1200 });
  });

  it("splits surveys and support by month and segment; blank customers count only overall", () => {
    expect(out.months.map((m) => m.nps_responses)).toEqual([3, 2, 1]);
    expect(out.months[0].nps).toBeCloseTo(((1 - 2) / 3) * 100); // 9, 2, 5
    expect(out.support).toMatchObject({ ticket_volume: 4, median_first_response_hours: 5 });
    expect(out.support.fcr).toBeCloseTo((2 / 3) * 100);
    const smb = out.segments.find((s) => s.segment === "SMB")!;
    expect(smb).toMatchObject({ nps_responses: 3, promoters: 1, detractors: 2, ticket_volume: 2, fcr: 50 });
    expect(out.segments.map((s) => s.segment)).toEqual(["Enterprise", "SMB"]);
  });

  it("takes usage from each customer's latest month in the period", () => {
    // a: 3/10 (March), b: 27/30 (May is outside) -> 30 / 40 = 75%.
    expect(out.usage).toMatchObject({ customers: 2, adoption: 75, avg_sessions: 10 });
  });

  it("lists stuck customers and verbatims", () => {
    // a entered onboarding on 2023-12-01; "today" ends 2024-04-01 00:00Z: 122 days > 60.
    expect(out.stuck).toEqual([
      { customer_id: "a", name: "Acme", csm: "Ana", stage: "onboarding", days_in_stage: 122, mrr: 100, arr: 1200 },
    ]);
    expect(out.stuck_total).toBe(1);
    expect(out.comments.map((c) => [c.response_id, c.customer_name, c.comment])).toEqual([
      ["r2", "Acme", "too slow"],
      ["r6", null, "anonymous"],
    ]);
    expect(out.comments_total).toBe(2);
  });

  it("lists at-risk customers with their weakest factor", () => {
    // a: usage 30; support: n = 2 open tickets, MRR 100 -> k = 1: 100 - 15 x 2 - 40 x 2 / 2 = 30; sentiment 30 -> score 30.
    // b: usage 90, support: n = 1 open, k = 1: 100 - 15 - 40 = 45; sentiment 100 -> 85.
    expect(out.at_risk).toMatchObject([
      { customer_id: "a", score: 30, weakest_factor: "usage", arr: 1200, factors: { usage: 30, support: 30, sentiment: 30 } },
    ]);
    const lenient = computeCsDashboard(p, period, NO_FILTERS, { ...DEFAULT_HEALTH_SETTINGS, watchMin: 30 });
    expect(lenient.at_risk).toEqual([]);
  });

  it("applies a filter to every row and drops rows without a customer", () => {
    const smb = computeCsDashboard(p, period, { segment: "SMB", csm: null, plan: null }, DEFAULT_HEALTH_SETTINGS);
    expect(smb.support.ticket_volume).toBe(2);
    expect(smb.comments.map((c) => c.response_id)).toEqual(["r2"]);
    expect(smb.comments_total).toBe(1);
    expect(smb.detractors).toEqual({ customers: 2, arr: 1200 });
  });

  it("compares with the previous period of equal length and gives health at each month's end", () => {
    expect(out.previous.period).toEqual({ from: "2023-10", to: "2023-12" });
    // 2023-10..12: no ticket, no survey; a, b and c active at the end of December.
    expect(out.previous.summary).toMatchObject({ ticket_volume: 0, nps: null, active_customers: 3 });
    expect(out.previous.health).toMatchObject({ healthy: 0, watch: 3, at_risk: 0 });
    // March: a 30 (at risk, ARR 1,200), b 85 (healthy); c churned in February.
    expect(out.health_months.map((m) => m.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(out.health_months[2]).toEqual({ month: "2024-03", healthy: 1, watch: 0, at_risk: 1, arr_at_risk: 1200 });
  });
});
