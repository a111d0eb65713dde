import { describe, expect, it } from "vitest";
import {
  DEFAULT_HEALTH_SETTINGS,
  type HealthSettings,
  type LifecycleEvent,
  type LifecycleStage,
  type Month,
  type SurveyKind,
  type SurveyResponse,
  type Ticket,
  type UsageRecord,
} from "@/lib/domain/types";
import * as trend from "./health-trend-factors";
import { lifecycleFactorOf, mrrTrendFactorOf, usageTrendFactorOf } from "./health-trend-factors";
import * as health from "./health";
import { healthSummary, scoreCustomerHealth, type CustomerHealth, type HealthInputs } from "./health";
import { eventRows, surveyRows, ticketRows, usageRows } from "./test-fixtures";

// The factors read a customer's rows as typed columns; these take the rows as records.
const usageFactor = (u: UsageRecord[], to: Month) => health.usageFactor(usageRows(u), to);
const usageTrend = (u: UsageRecord[], to: Month) => trend.usageTrend(usageRows(u), to);
const supportFactor = (t: Ticket[], endMs: number, mrr: number) => health.supportFactor(ticketRows(t), endMs, mrr);
const supportLoad = (t: Ticket[], endMs: number) => health.supportLoad(ticketRows(t), endMs);
const sentimentFactor = (s: SurveyResponse[], endMs: number) => health.sentimentFactor(surveyRows(s), endMs);
const stageAt = (events: LifecycleEvent[], endMs: number) => trend.stageAt(eventRows(events), endMs);

const TO = "2024-06";
const END = Date.UTC(2024, 6, 1);
const START_90 = Date.UTC(2024, 3, 2); // END - 90 days
const START_180 = Date.UTC(2024, 0, 3); // END - 180 days
let seq = 0;
const usage = (month: Month, activeUsers: number, licensedSeats: number | null): UsageRecord => ({
  customerId: "c",
  month,
  activeUsers,
  licensedSeats,
  sessions: null,
  avgSessionMinutes: null,
  featuresUsed: null,
});
const ticket = (createdAt: number, resolvedAt: number | null = null): Ticket => ({
  ticketId: `t${++seq}`,
  customerId: "c",
  createdAt,
  firstResponseAt: null,
  resolvedAt,
  resolvedOnFirstContact: null,
  priority: null,
  channel: null,
});
const survey = (survey: SurveyKind, score: number, respondedAt: number): SurveyResponse => ({
  responseId: `r${++seq}`,
  customerId: "c",
  survey,
  score,
  respondedAt,
  comment: null,
});
const JUNE_1 = Date.UTC(2024, 5, 1);
/** n tickets created on June 1st, the first `open` of them still unresolved, the others resolved on June 2nd. */
const tickets = (n: number, open = 0) => Array.from({ length: n }, (_, i) => ticket(JUNE_1, i < open ? null : JUNE_1 + 86_400_000));
const inputs = (u: UsageRecord[], t: Ticket[], s: SurveyResponse[], mrr = 0): HealthInputs => ({
  indexOf: (id) => (id === "c" ? 0 : -1),
  usageOf: (c) => usageRows(c === 0 ? u : []),
  ticketsOf: (c) => ticketRows(c === 0 ? t : []),
  surveysOf: (c) => surveyRows(c === 0 ? s : []),
  eventsOf: () => eventRows([]),
  mrrOf: (c, month) => (c === 0 && month === TO ? mrr : 0),
});
const score = (u: UsageRecord[], t: Ticket[], s: SurveyResponse[], settings: HealthSettings = DEFAULT_HEALTH_SETTINGS, mrr = 0) =>
  scoreCustomerHealth("c", inputs(u, t, s, mrr), TO, settings);

describe("usage factor", () => {
  it("uses the latest month of the three ending with toMonth that has a row", () => {
    expect(usageFactor([usage("2024-03", 10, 10), usage("2024-04", 8, 10)], TO)).toBe(80);
    expect(usageFactor([usage("2024-04", 1, 10), usage("2024-05", 3, 4)], TO)).toBe(75);
    expect(usageFactor([usage("2024-07", 10, 10), usage("2024-06", 1, 8)], TO)).toBe(12.5);
  });
  it("caps at 100, scores 50 for blank or 0 seats, 0 without usage", () => {
    expect(usageFactor([usage("2024-06", 12, 10)], TO)).toBe(100);
    expect(usageFactor([usage("2024-06", 3, null)], TO)).toBe(50);
    expect(usageFactor([usage("2024-05", 3, 0)], TO)).toBe(50);
    expect(usageFactor([usage("2024-03", 10, 10), usage("2024-07", 10, 10)], TO)).toBe(0);
    expect(usageFactor([], TO)).toBe(0);
  });
});

describe("support factor (window [END - 90 days, END), k = MRR in thousands, at least 1)", () => {
  it("is 100 without a ticket in the window, whatever the MRR", () => {
    expect(supportFactor([], END, 0)).toBe(100);
    expect(supportFactor([ticket(START_90 - 1), ticket(END)], END, 500)).toBe(100);
  });
  it("takes 15 n / k for the load and 40 u / n for the unresolved share", () => {
    // n = 3, MRR 500 -> k = 1, u = 1: 100 - 45 - 13.333...
    expect(supportFactor(tickets(3, 1), END, 500)).toBeCloseTo(41.666666666666664, 12);
    // n = 6, MRR 12,000 -> k = 12, u = 0: 100 - 7.5
    expect(supportFactor(tickets(6), END, 12_000)).toBe(92.5);
    // n = 2, MRR 2,000 -> k = 2, u = 2: 100 - 15 - 40
    expect(supportFactor(tickets(2, 2), END, 2_000)).toBe(45);
    // k is at least 1: n = 1 resolved at MRR 0 or 999 -> 85
    expect(supportFactor(tickets(1), END, 0)).toBe(85);
    expect(supportFactor(tickets(1), END, 999)).toBe(85);
  });
  it("floors at 0", () => {
    expect(supportFactor(tickets(12, 12), END, 300)).toBe(0);
    expect(supportFactor(tickets(7), END, 1_000)).toBe(0);
  });
  it("counts the window's first instant and last millisecond, not the instants outside", () => {
    // n = 2, k = 1, u = 2 (never resolved): 100 - 30 - 40
    expect(supportFactor([ticket(START_90), ticket(END - 1)], END, 0)).toBe(30);
  });
  it("counts a ticket resolved after the end of today as unresolved", () => {
    // n = 2, k = 2: resolved in the last millisecond of today -> u = 1; at 00:00Z the next day -> still open
    expect(supportFactor([ticket(JUNE_1, END - 1), ticket(JUNE_1, END)], END, 2_000)).toBe(65);
    expect(supportFactor([ticket(JUNE_1, END - 1), ticket(JUNE_1, END - 2)], END, 2_000)).toBe(85);
  });
  it("reads the load behind the factor", () => {
    expect(supportLoad([ticket(START_90 - 1), ticket(START_90, END), ticket(JUNE_1, JUNE_1), ticket(JUNE_1)], END)).toEqual({
      tickets: 3,
      unresolved: 2,
    });
  });
});

describe("sentiment factor (window [END - 180 days, END))", () => {
  it("takes the latest NPS x 10 by instant, whatever the input order", () => {
    expect(sentimentFactor([survey("nps", 3, Date.UTC(2024, 5, 1)), survey("nps", 9, Date.UTC(2024, 4, 1))], END)).toBe(30);
    expect(sentimentFactor([survey("nps", 8, START_180), survey("csat", 5, Date.UTC(2024, 5, 30))], END)).toBe(80);
  });
  it("falls back to the latest CSAT in the same window as (score - 1) x 25, then 50", () => {
    expect(
      sentimentFactor(
        [survey("nps", 10, START_180 - 1), survey("csat", 4, Date.UTC(2024, 2, 1)), survey("csat", 1, Date.UTC(2024, 1, 1))],
        END,
      ),
    ).toBe(75);
    expect(sentimentFactor([survey("csat", 1, END - 1)], END)).toBe(0);
    expect(sentimentFactor([survey("csat", 5, START_180 - 1), survey("nps", 10, END), survey("ces", 1, END - 1)], END)).toBe(50);
    expect(sentimentFactor([], END)).toBe(50);
  });
});

describe("scoreCustomerHealth", () => {
  it("is the weighted mean, unrounded, banded at the exact edges", () => {
    // support 50: n = 2, k = 1, u = 1 -> 100 - 30 - 20
    const atSeventy = score([usage("2024-06", 10, 10)], tickets(2, 1), []);
    expect(atSeventy).toEqual({
      customerId: "c",
      score: 70,
      band: "healthy",
      factors: { usage: 100, support: 50, sentiment: 50, usage_trend: 50, lifecycle: 50, mrr_trend: 50 },
      weakestFactor: "support",
    });
    const below = score([usage("2024-06", 399, 400)], tickets(2, 1), []);
    expect([below.score, below.band]).toEqual([69.9, "watch"]);
    const atForty = score([], [], []);
    expect([atForty.score, atForty.band, atForty.weakestFactor]).toEqual([40, "watch", "usage"]);
    // support 90: n = 1 resolved, MRR 1,500 -> k = 1.5
    const underForty = score([usage("2024-06", 199, 4000)], tickets(1), [], DEFAULT_HEALTH_SETTINGS, 1_500);
    expect(underForty.score).toBeCloseTo(39.99, 12);
    expect(underForty.band).toBe("at_risk");
  });
  it("divides by the weight sum, so other weights and thresholds work", () => {
    const settings: HealthSettings = {
      ...DEFAULT_HEALTH_SETTINGS,
      weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage: 1, support: 1, sentiment: 2 },
      healthyMin: 52.5,
      watchMin: 10,
    };
    // support 70: n = 3 resolved, MRR 1,500 -> 100 - 45 / 1.5
    const h = score([usage("2024-05", 8, 10)], tickets(3), [survey("nps", 3, Date.UTC(2024, 5, 15))], settings, 1_500);
    expect(h).toMatchObject({
      score: 52.5,
      band: "healthy",
      factors: { usage: 80, support: 70, sentiment: 30 },
      weakestFactor: "sentiment",
    });
  });
  it("bands a true 70 as healthy even when float arithmetic lands a hair below", () => {
    const settings: HealthSettings = {
      ...DEFAULT_HEALTH_SETTINGS,
      weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage: 0.1, support: 0.2, sentiment: 0.3 },
    };
    const h = score([usage("2024-06", 7, 10)], tickets(3), [survey("nps", 7, Date.UTC(2024, 5, 1))], settings, 1_500);
    expect(h.score).toBeCloseTo(70, 12);
    expect(h.band).toBe("healthy");
  });
  it("breaks weakest-factor ties in the order usage, support, sentiment", () => {
    expect(score([usage("2024-06", 5, 10)], tickets(2, 1), []).weakestFactor).toBe("usage");
    expect(score([usage("2024-06", 10, 10)], tickets(2, 1), [survey("csat", 3, Date.UTC(2024, 5, 1))]).weakestFactor).toBe("support");
  });
  it("reads missing customers as no data", () => {
    const h = scoreCustomerHealth("nobody", inputs([], [], [], 5_000), TO, DEFAULT_HEALTH_SETTINGS);
    expect(h).toMatchObject({ score: 40, band: "watch", factors: { usage: 0, support: 100, sentiment: 50 } });
  });
  it("adds the optional factors only when they have a weight, and then they can be the weakest", () => {
    const u = [usage("2024-03", 10, 10), usage("2024-04", 10, 10), usage("2024-06", 4, 10)];
    const base = score(u, [], [survey("nps", 9, JUNE_1)]);
    // usage 40, support 100, sentiment 90 -> (1600 + 2000 + 3600) / 100 = 72; usage trend 4 / 10 = 40
    expect(base).toMatchObject({
      score: 72,
      weakestFactor: "usage",
      factors: { usage: 40, usage_trend: 40, lifecycle: 50, mrr_trend: 50 },
    });
    const withTrend: HealthSettings = {
      ...DEFAULT_HEALTH_SETTINGS,
      weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage: 0, usage_trend: 60 },
    };
    // (20 x 100 + 40 x 90 + 60 x 40) / 120 = 66.666...
    const h = score(u, [], [survey("nps", 9, JUNE_1)], withTrend);
    expect(h.score).toBeCloseTo(200 / 3, 12);
    expect([h.band, h.weakestFactor]).toEqual(["watch", "usage_trend"]);
  });
});

describe("optional factors", () => {
  it("usage trend: latest active users against the mean of the three months before, capped at 100", () => {
    expect(usageTrend([usage("2024-02", 1, 10), usage("2024-03", 6, 10), usage("2024-05", 10, 10), usage("2024-06", 4, 10)], TO)).toEqual({
      latestActiveUsers: 4,
      previousQuarterAverage: 8,
    });
    expect(usageTrendFactorOf({ latestActiveUsers: 4, previousQuarterAverage: 8 })).toBe(50);
    expect(usageTrendFactorOf({ latestActiveUsers: 12, previousQuarterAverage: 8 })).toBe(100);
    expect(usageTrendFactorOf({ latestActiveUsers: 3, previousQuarterAverage: null })).toBe(50);
    expect(usageTrendFactorOf({ latestActiveUsers: null, previousQuarterAverage: null })).toBe(0);
    expect(usageTrendFactorOf({ latestActiveUsers: 0, previousQuarterAverage: 0 })).toBe(0);
  });
  it("lifecycle: funnel position of the stage at the end of today, churn 0, none 50", () => {
    const ev = (stage: LifecycleStage, ms: number): LifecycleEvent => ({ customerId: "c", stage, enteredAt: ms });
    const events = [ev("onboarding", Date.UTC(2024, 0, 1)), ev("growth", Date.UTC(2024, 5, 30)), ev("churn", END)];
    expect(stageAt(events, END)).toBe("growth");
    expect(lifecycleFactorOf("growth")).toBeCloseTo((5 / 6) * 100, 12);
    expect(lifecycleFactorOf("retention")).toBe(100);
    expect(lifecycleFactorOf("awareness")).toBe(0);
    expect(lifecycleFactorOf("churn")).toBe(0);
    expect(lifecycleFactorOf(null)).toBe(50);
  });
  it("MRR trend: MRR now against three months earlier, capped at 100; none before 50", () => {
    expect(mrrTrendFactorOf(300, 400)).toBe(75);
    expect(mrrTrendFactorOf(500, 400)).toBe(100);
    expect(mrrTrendFactorOf(500, 0)).toBe(50);
  });
});

describe("healthSummary", () => {
  const h = (customerId: string, band: CustomerHealth["band"]): CustomerHealth => ({
    customerId,
    score: 0,
    band,
    factors: { usage: 0, support: 0, sentiment: 0, usage_trend: 0, lifecycle: 0, mrr_trend: 0 },
    weakestFactor: "usage",
  });
  it("counts bands and takes 12 x MRR of at-risk customers", () => {
    const mrr = new Map([
      ["a", 100.5],
      ["b", 200],
      ["c", 999],
      ["d", 50],
    ]);
    expect(healthSummary([h("a", "at_risk"), h("b", "at_risk"), h("c", "healthy"), h("d", "watch"), h("e", "at_risk")], mrr)).toEqual({
      healthy: 1,
      watch: 1,
      at_risk: 3,
      arr_at_risk: 3606,
    });
    expect(healthSummary([], mrr)).toEqual({ healthy: 0, watch: 0, at_risk: 0, arr_at_risk: 0 });
  });
});
