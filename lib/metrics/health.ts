import { MS_PER_DAY, addMonths, monthEndExclusiveMs } from "@/lib/domain/months";
import {
  CORE_HEALTH_FACTORS,
  HEALTH_FACTORS,
  type HealthFactor,
  type HealthSettings,
  type LifecycleEvent,
  type Month,
  type SurveyKind,
  type SurveyResponse,
  type Ticket,
  type UsageRecord,
} from "@/lib/domain/types";
import { latestUsage, lifecycleFactorOf, mrrTrendFactorOf, stageAt, usageTrend, usageTrendFactorOf } from "./health-trend-factors";

export type { HealthFactor } from "@/lib/domain/types";
export type HealthBand = "healthy" | "watch" | "at_risk";

export interface CustomerHealth {
  customerId: string;
  score: number;
  band: HealthBand;
  /** Every factor's 0-100 signal, weighted or not. */
  factors: Record<HealthFactor, number>;
  /** The lowest factor among those with a weight above 0. */
  weakestFactor: HealthFactor;
}

export interface HealthInputs {
  usageByCustomer: ReadonlyMap<string, readonly UsageRecord[]>;
  ticketsByCustomer: ReadonlyMap<string, readonly Ticket[]>;
  surveysByCustomer: ReadonlyMap<string, readonly SurveyResponse[]>;
  eventsByCustomer: ReadonlyMap<string, readonly LifecycleEvent[]>;
  /** The customer's MRR (major units) at the snapshot of the month. */
  mrrOf: (customerId: string, month: Month) => number;
}

export interface HealthSummary {
  healthy: number;
  watch: number;
  at_risk: number;
  arr_at_risk: number;
}

const SUPPORT_WINDOW_DAYS = 90;
const SENTIMENT_WINDOW_DAYS = 180;
/** Absorbs binary floating-point noise only (a true 70 computed as 69.99999999999999); data can't get closer than this otherwise. */
const BAND_EPSILON = 1e-9;

export function usageFactor(usage: readonly UsageRecord[], toMonth: Month): number {
  const latest = latestUsage(usage, toMonth);
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

/** The response the sentiment factor reads: latest NPS in [end - 180 days, end), else latest CSAT there. */
export function sentimentResponse(responses: readonly SurveyResponse[], endMs: number): SurveyResponse | null {
  const startMs = endMs - SENTIMENT_WINDOW_DAYS * MS_PER_DAY;
  return latestResponse(responses, "nps", startMs, endMs) ?? latestResponse(responses, "csat", startMs, endMs);
}

/** Latest NPS in [end - 180 days, end) x 10, else latest CSAT in that window as (score - 1) x 25, else 50. */
export function sentimentFactor(responses: readonly SurveyResponse[], endMs: number): number {
  const r = sentimentResponse(responses, endMs);
  if (!r) return 50;
  return r.survey === "nps" ? r.score * 10 : (r.score - 1) * 25;
}

export function healthBand(score: number, settings: HealthSettings): HealthBand {
  if (score >= settings.healthyMin - BAND_EPSILON) return "healthy";
  if (score >= settings.watchMin - BAND_EPSILON) return "watch";
  return "at_risk";
}

/** Every factor's 0-100 signal at the end of toMonth. */
export function healthFactors(customerId: string, inputs: HealthInputs, toMonth: Month): Record<HealthFactor, number> {
  const endMs = monthEndExclusiveMs(toMonth);
  const usage = inputs.usageByCustomer.get(customerId) ?? [];
  const mrr = inputs.mrrOf(customerId, toMonth);
  return {
    usage: usageFactor(usage, toMonth),
    support: supportFactor(inputs.ticketsByCustomer.get(customerId) ?? [], endMs, mrr),
    sentiment: sentimentFactor(inputs.surveysByCustomer.get(customerId) ?? [], endMs),
    usage_trend: usageTrendFactorOf(usageTrend(usage, toMonth)),
    lifecycle: lifecycleFactorOf(stageAt(inputs.eventsByCustomer.get(customerId) ?? [], endMs)),
    mrr_trend: mrrTrendFactorOf(mrr, inputs.mrrOf(customerId, addMonths(toMonth, -3))),
  };
}

/** The weighted mean of the factors; with no weight above 0, the plain mean of the default three. */
export function weightedScore(factors: Record<HealthFactor, number>, weights: Record<HealthFactor, number>): number {
  let sum = 0;
  let weightSum = 0;
  for (const f of HEALTH_FACTORS) {
    const w = weights[f] ?? 0;
    if (w > 0) {
      sum += w * factors[f];
      weightSum += w;
    }
  }
  if (weightSum > 0) return sum / weightSum;
  return CORE_HEALTH_FACTORS.reduce((acc, f) => acc + factors[f], 0) / CORE_HEALTH_FACTORS.length;
}

/** Ties go to the earlier factor in HEALTH_FACTORS order. */
export function weakestFactorOf(factors: Record<HealthFactor, number>, weights: Record<HealthFactor, number>): HealthFactor {
  const weighted = HEALTH_FACTORS.filter((f) => (weights[f] ?? 0) > 0);
  const candidates = weighted.length > 0 ? weighted : CORE_HEALTH_FACTORS;
  let weakest: HealthFactor = candidates[0];
  for (const f of candidates) if (factors[f] < factors[weakest]) weakest = f;
  return weakest;
}

/**
 * Score at the end of toMonth ("today" = its last day). A window of N days is the N whole UTC days
 * ending with today: [end - N days, end) with end = 00:00Z on the first day of the next month.
 */
export function scoreCustomerHealth(customerId: string, inputs: HealthInputs, toMonth: Month, settings: HealthSettings): CustomerHealth {
  const factors = healthFactors(customerId, inputs, toMonth);
  const score = weightedScore(factors, settings.weights);
  return { customerId, score, band: healthBand(score, settings), factors, weakestFactor: weakestFactorOf(factors, settings.weights) };
}

/** The factors a reader needs for a score: the default three, plus any other with a weight above 0. */
export function shownFactors(factors: Record<HealthFactor, number>, weights: Record<HealthFactor, number>): Partial<Record<HealthFactor, number>> {
  const out: Partial<Record<HealthFactor, number>> = {};
  for (const f of HEALTH_FACTORS) if (CORE_HEALTH_FACTORS.includes(f as never) || (weights[f] ?? 0) > 0) out[f] = factors[f];
  return out;
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
