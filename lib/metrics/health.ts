import { MS_PER_DAY, addMonths, monthEndExclusiveMs } from "@/lib/domain/months";
import type { HealthSettings, Month, SurveyKind, SurveyResponse, Ticket, UsageRecord } from "@/lib/domain/types";

export type HealthBand = "healthy" | "watch" | "at_risk";
export type HealthFactor = "usage" | "support" | "sentiment";

export interface CustomerHealth {
  customerId: string;
  score: number;
  band: HealthBand;
  factors: { usage: number; support: number; sentiment: number };
  weakestFactor: HealthFactor;
}

export interface HealthInputs {
  usageByCustomer: ReadonlyMap<string, readonly UsageRecord[]>;
  ticketsByCustomer: ReadonlyMap<string, readonly Ticket[]>;
  surveysByCustomer: ReadonlyMap<string, readonly SurveyResponse[]>;
  /** The customer's MRR (major units) at the snapshot of the month. */
  mrrOf: (customerId: string, month: Month) => number;
}

export interface HealthSummary {
  healthy: number;
  watch: number;
  at_risk: number;
  arr_at_risk: number;
}

const FACTORS: readonly HealthFactor[] = ["usage", "support", "sentiment"];
const SUPPORT_WINDOW_DAYS = 90;
const SENTIMENT_WINDOW_DAYS = 180;
/** Absorbs binary floating-point noise only (a true 70 computed as 69.99999999999999); data can't get closer than this otherwise. */
const BAND_EPSILON = 1e-9;

export function usageFactor(usage: readonly UsageRecord[], toMonth: Month): number {
  const oldest = addMonths(toMonth, -2);
  let latest: UsageRecord | null = null;
  for (const u of usage) {
    if (u.month >= oldest && u.month <= toMonth && (latest === null || u.month > latest.month)) latest = u;
  }
  if (latest === null) return 0;
  const seats = latest.licensedSeats;
  if (seats === null || seats === 0) return 50;
  return Math.min(100, (latest.activeUsers * 100) / seats);
}

export interface SupportLoad {
  /** Tickets created in [end - 90 days, end). */
  tickets: number;
  /** Of those, not resolved by the end of today (resolved_at blank or at/after end). */
  unresolved: number;
}

/** end = 00:00Z after the last day of toMonth ("today"). */
export function supportLoad(tickets: readonly Ticket[], endMs: number): SupportLoad {
  const startMs = endMs - SUPPORT_WINDOW_DAYS * MS_PER_DAY;
  let count = 0;
  let unresolved = 0;
  for (const t of tickets) {
    if (t.createdAt < startMs || t.createdAt >= endMs) continue;
    count++;
    if (t.resolvedAt === null || t.resolvedAt >= endMs) unresolved++;
  }
  return { tickets: count, unresolved };
}

/** 100 without tickets, else max(0, 100 - 15 n / k - 40 u / n) with k = MRR in thousands, at least 1. */
export function supportFactorOf(load: SupportLoad, mrr: number): number {
  const { tickets: n, unresolved: u } = load;
  if (n === 0) return 100;
  const k = Math.max(1, mrr / 1000);
  return Math.max(0, 100 - (15 * n) / k - (40 * u) / n);
}

export function supportFactor(tickets: readonly Ticket[], endMs: number, mrr: number): number {
  return supportFactorOf(supportLoad(tickets, endMs), mrr);
}

/** Latest response of a kind in [startMs, endMs): greatest instant; same instant: greatest response id. */
function latestResponse(responses: readonly SurveyResponse[], kind: SurveyKind, startMs: number, endMs: number): SurveyResponse | null {
  let latest: SurveyResponse | null = null;
  for (const r of responses) {
    if (r.survey !== kind || r.respondedAt < startMs || r.respondedAt >= endMs) continue;
    if (latest === null || r.respondedAt > latest.respondedAt || (r.respondedAt === latest.respondedAt && r.responseId > latest.responseId)) {
      latest = r;
    }
  }
  return latest;
}

/** Latest NPS in [end - 180 days, end) x 10, else latest CSAT in that window as (score - 1) x 25, else 50. */
export function sentimentFactor(responses: readonly SurveyResponse[], endMs: number): number {
  const startMs = endMs - SENTIMENT_WINDOW_DAYS * MS_PER_DAY;
  const nps = latestResponse(responses, "nps", startMs, endMs);
  if (nps) return nps.score * 10;
  const csat = latestResponse(responses, "csat", startMs, endMs);
  if (csat) return (csat.score - 1) * 25;
  return 50;
}

export function healthBand(score: number, settings: HealthSettings): HealthBand {
  if (score >= settings.healthyMin - BAND_EPSILON) return "healthy";
  if (score >= settings.watchMin - BAND_EPSILON) return "watch";
  return "at_risk";
}

/**
 * Score at the end of toMonth ("today" = its last day). A window of N days is the N whole UTC days
 * ending with today: [end - N days, end) with end = 00:00Z on the first day of the next month.
 */
export function scoreCustomerHealth(customerId: string, inputs: HealthInputs, toMonth: Month, settings: HealthSettings): CustomerHealth {
  const endMs = monthEndExclusiveMs(toMonth);
  const factors = {
    usage: usageFactor(inputs.usageByCustomer.get(customerId) ?? [], toMonth),
    support: supportFactor(inputs.ticketsByCustomer.get(customerId) ?? [], endMs, inputs.mrrOf(customerId, toMonth)),
    sentiment: sentimentFactor(inputs.surveysByCustomer.get(customerId) ?? [], endMs),
  };
  const w = settings.weights;
  const weightSum = w.usage + w.support + w.sentiment;
  const score =
    weightSum > 0
      ? (w.usage * factors.usage + w.support * factors.support + w.sentiment * factors.sentiment) / weightSum
      : (factors.usage + factors.support + factors.sentiment) / 3;
  let weakestFactor: HealthFactor = FACTORS[0];
  for (const f of FACTORS) if (factors[f] < factors[weakestFactor]) weakestFactor = f;
  return { customerId, score, band: healthBand(score, settings), factors, weakestFactor };
}

/** arr_at_risk = 12 x the summed MRR (major units) of at-risk customers; a customer without MRR adds 0. */
export function healthSummary(
  scores: readonly CustomerHealth[],
  mrrByCustomer: ReadonlyMap<string, number> | ((customerId: string) => number),
): HealthSummary {
  const mrrOf = typeof mrrByCustomer === "function" ? mrrByCustomer : (id: string) => mrrByCustomer.get(id) ?? 0;
  const out: HealthSummary = { healthy: 0, watch: 0, at_risk: 0, arr_at_risk: 0 };
  let mrrAtRisk = 0;
  for (const s of scores) {
    out[s.band]++;
    if (s.band === "at_risk") mrrAtRisk += mrrOf(s.customerId);
  }
  out.arr_at_risk = mrrAtRisk * 12;
  return out;
}
