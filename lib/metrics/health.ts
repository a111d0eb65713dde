import { MS_PER_DAY, addMonths, monthEndExclusiveMs } from "@/lib/domain/months";
import {
  CORE_HEALTH_FACTORS,
  HEALTH_FACTORS,
  type HealthFactor,
  type HealthSettings,
  type LifecycleEvent,
  type Month,
  type SurveyKind,
} from "@/lib/domain/types";
import type { RowsOf } from "./customer-rows";
import { SURVEY_KIND_CODES, type LifecycleColumns, type SurveyColumns, type TicketColumns, type UsageColumns } from "./event-columns";
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

/** Each customer's rows of each kind and MRR, by customer index. */
export interface HealthInputs {
  /** -1 for an unknown customer (no rows, no MRR). */
  indexOf: (customerId: string) => number;
  usageOf: (customer: number) => RowsOf<UsageColumns>;
  ticketsOf: (customer: number) => RowsOf<TicketColumns>;
  surveysOf: (customer: number) => RowsOf<SurveyColumns>;
  eventsOf: (customer: number) => RowsOf<LifecycleColumns>;
  /** The customer's MRR (major units) at the snapshot of the month. */
  mrrOf: (customer: number, month: Month) => number;
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

export function usageFactor(usage: RowsOf<UsageColumns>, toMonth: Month): number {
  const latest = latestUsage(usage, toMonth);
  if (latest < 0) return 0;
  const seats = usage.cols.licensedSeats[latest];
  if (Number.isNaN(seats) || seats === 0) return 50;
  return Math.min(100, (usage.cols.activeUsers[latest] * 100) / seats);
}

export interface SupportLoad {
  /** Tickets created in [end - 90 days, end). */
  tickets: number;
  /** Of those, not resolved by the end of today (resolved_at blank or at/after end). */
  unresolved: number;
}

/** end = 00:00Z after the last day of toMonth ("today"). */
export function supportLoad(tickets: RowsOf<TicketColumns>, endMs: number): SupportLoad {
  const startMs = endMs - SUPPORT_WINDOW_DAYS * MS_PER_DAY;
  const { createdAt, resolvedAt } = tickets.cols;
  let count = 0;
  let unresolved = 0;
  for (let k = tickets.from; k < tickets.to; k++) {
    const i = tickets.rows[k];
    if (createdAt[i] < startMs || createdAt[i] >= endMs) continue;
    count++;
    // NaN (not resolved) fails the comparison.
    if (!(resolvedAt[i] < endMs)) unresolved++;
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

export function supportFactor(tickets: RowsOf<TicketColumns>, endMs: number, mrr: number): number {
  return supportFactorOf(supportLoad(tickets, endMs), mrr);
}

/**
 * Position of the latest response of a kind in [startMs, endMs), -1 for none: greatest instant; same
 * instant: greatest response id, which is the later row (a customer's rows are in that order).
 */
export function latestResponse(responses: RowsOf<SurveyColumns>, kind: SurveyKind, startMs: number, endMs: number): number {
  const { respondedAt, kind: kinds } = responses.cols;
  const code = SURVEY_KIND_CODES[kind];
  let latest = -1;
  for (let k = responses.from; k < responses.to; k++) {
    const i = responses.rows[k];
    if (kinds[i] !== code || respondedAt[i] < startMs || respondedAt[i] >= endMs) continue;
    if (latest < 0 || respondedAt[i] >= respondedAt[latest]) latest = i;
  }
  return latest;
}

/** Position of the response the sentiment factor reads: latest NPS in [end - 180 days, end), else latest CSAT there; -1 for none. */
export function sentimentResponse(responses: RowsOf<SurveyColumns>, endMs: number): number {
  const startMs = endMs - SENTIMENT_WINDOW_DAYS * MS_PER_DAY;
  const nps = latestResponse(responses, "nps", startMs, endMs);
  return nps >= 0 ? nps : latestResponse(responses, "csat", startMs, endMs);
}

/** Latest NPS in [end - 180 days, end) x 10, else latest CSAT in that window as (score - 1) x 25, else 50. */
export function sentimentFactor(responses: RowsOf<SurveyColumns>, endMs: number): number {
  const r = sentimentResponse(responses, endMs);
  if (r < 0) return 50;
  const score = responses.cols.score[r];
  return responses.cols.kind[r] === SURVEY_KIND_CODES.nps ? score * 10 : (score - 1) * 25;
}

export function healthBand(score: number, settings: HealthSettings): HealthBand {
  if (score >= settings.healthyMin - BAND_EPSILON) return "healthy";
  if (score >= settings.watchMin - BAND_EPSILON) return "watch";
  return "at_risk";
}

/** Every factor's 0-100 signal at the end of toMonth. */
export function healthFactors(customerId: string, inputs: HealthInputs, toMonth: Month): Record<HealthFactor, number> {
  return healthFactorsOf(inputs.indexOf(customerId), inputs, toMonth);
}

/** healthFactors of the customer at this index. */
export function healthFactorsOf(customer: number, inputs: HealthInputs, toMonth: Month): Record<HealthFactor, number> {
  const endMs = monthEndExclusiveMs(toMonth);
  const usage = inputs.usageOf(customer);
  const mrr = inputs.mrrOf(customer, toMonth);
  return {
    usage: usageFactor(usage, toMonth),
    support: supportFactor(inputs.ticketsOf(customer), endMs, mrr),
    sentiment: sentimentFactor(inputs.surveysOf(customer), endMs),
    usage_trend: usageTrendFactorOf(usageTrend(usage, toMonth)),
    lifecycle: lifecycleFactorOf(stageAt(inputs.eventsOf(customer), endMs)),
    mrr_trend: mrrTrendFactorOf(mrr, inputs.mrrOf(customer, addMonths(toMonth, -3))),
  };
}

/** The weighted mean of the factors; with no weight above 0, the plain mean of the default three. */
export function weightedScore(factors: Record<HealthFactor, number>, weights: Record<HealthFactor, number>): number {
  return weightedScoreAt(
    Float64Array.from(HEALTH_FACTORS, (f) => factors[f]),
    0,
    weights,
  );
}

/** weightedScore of six factors stored in HEALTH_FACTORS order from `at` in `values` (the health memo's table). */
export function weightedScoreAt(values: Float64Array, at: number, weights: Record<HealthFactor, number>): number {
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < HEALTH_FACTORS.length; i++) {
    const w = weights[HEALTH_FACTORS[i]] ?? 0;
    if (w > 0) {
      sum += w * values[at + i];
      weightSum += w;
    }
  }
  if (weightSum > 0) return sum / weightSum;
  let core = 0;
  for (let i = 0; i < CORE_HEALTH_FACTORS.length; i++) core += values[at + HEALTH_FACTORS.indexOf(CORE_HEALTH_FACTORS[i])];
  return core / CORE_HEALTH_FACTORS.length;
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
  return healthOfFactors(customerId, healthFactors(customerId, inputs, toMonth), settings);
}

/** The score, band and weakest factor of factors already worked out (they do not depend on the settings). */
export function healthOfFactors(customerId: string, factors: Record<HealthFactor, number>, settings: HealthSettings): CustomerHealth {
  const score = weightedScore(factors, settings.weights);
  return { customerId, score, band: healthBand(score, settings), factors, weakestFactor: weakestFactorOf(factors, settings.weights) };
}

/** The factors a reader needs for a score: the default three, plus any other with a weight above 0. */
export function shownFactors(
  factors: Record<HealthFactor, number>,
  weights: Record<HealthFactor, number>,
): Partial<Record<HealthFactor, number>> {
  const out: Partial<Record<HealthFactor, number>> = {};
  for (const f of HEALTH_FACTORS) if (CORE_HEALTH_FACTORS.includes(f as never) || (weights[f] ?? 0) > 0) out[f] = factors[f];
  return out;
}

/** Counts customers per band and sums the at-risk ones' MRR (major units), in the order added; arr_at_risk = 12 x that sum. */
export function healthTally(): { add: (band: HealthBand, mrr: number) => void; summary: () => HealthSummary } {
  const out: HealthSummary = { healthy: 0, watch: 0, at_risk: 0, arr_at_risk: 0 };
  let mrrAtRisk = 0;
  return {
    add: (band, mrr) => {
      out[band]++;
      if (band === "at_risk") mrrAtRisk += mrr;
    },
    summary: () => ({ ...out, arr_at_risk: mrrAtRisk * 12 }),
  };
}

/** The tally of scored customers; a customer without MRR adds 0 to the ARR at risk. */
export function healthSummary(
  scores: readonly CustomerHealth[],
  mrrByCustomer: ReadonlyMap<string, number> | ((customerId: string) => number),
): HealthSummary {
  const mrrOf = typeof mrrByCustomer === "function" ? mrrByCustomer : (id: string) => mrrByCustomer.get(id) ?? 0;
  const tally = healthTally();
  for (const s of scores) tally.add(s.band, s.band === "at_risk" ? mrrOf(s.customerId) : 0);
  return tally.summary();
}
