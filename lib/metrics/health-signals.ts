import { addMonths, indexToMonth, monthEndExclusiveMs } from "@/lib/domain/months";
import { HEALTH_FACTORS, type HealthFactor, type HealthSettings, type Month } from "@/lib/domain/types";
import { healthFactors, sentimentResponse, supportLoad, type HealthInputs } from "./health";
import { SURVEY_KINDS_BY_CODE, nullIfNaN } from "./event-columns";
import { latestUsage, stageAt, usageTrend } from "./health-trend-factors";

/** How many months back a factor's trend looks: the customer's last quarter. */
export const TREND_MONTHS = 3;

export type RawValue = number | string | null;

export interface HealthSignal {
  factor: HealthFactor;
  /** The normalised 0-100 signal at the end of the month. */
  score: number;
  weight: number;
  /** The measurements behind the signal, e.g. tickets and unresolved for support. */
  raw: Record<string, RawValue>;
  /** The signal three months earlier, and score minus it (points; above 0 = better). */
  previous_score: number;
  trend: number;
}

function rawValues(customerId: string, inputs: HealthInputs, month: Month): Record<HealthFactor, Record<string, RawValue>> {
  const endMs = monthEndExclusiveMs(month);
  const c = inputs.indexOf(customerId);
  const usage = inputs.usageOf(c);
  const latest = latestUsage(usage, month);
  const load = supportLoad(inputs.ticketsOf(c), endMs);
  const mrr = inputs.mrrOf(c, month);
  const surveys = inputs.surveysOf(c);
  const response = sentimentResponse(surveys, endMs);
  const trend = usageTrend(usage, month);
  return {
    usage:
      latest < 0
        ? { month: null, active_users: null, licensed_seats: null }
        : {
            month: indexToMonth(usage.cols.month[latest]),
            active_users: usage.cols.activeUsers[latest],
            licensed_seats: nullIfNaN(usage.cols.licensedSeats[latest]),
          },
    support: { tickets_90d: load.tickets, unresolved: load.unresolved, mrr, tickets_per_1k_mrr: load.tickets / Math.max(1, mrr / 1000) },
    sentiment:
      response < 0
        ? { survey: null, response_score: null }
        : { survey: SURVEY_KINDS_BY_CODE[surveys.cols.kind[response]], response_score: surveys.cols.score[response] },
    usage_trend: { active_users: trend.latestActiveUsers, previous_quarter_average: trend.previousQuarterAverage },
    lifecycle: { stage: stageAt(inputs.eventsOf(c), endMs) },
    mrr_trend: { mrr, mrr_3_months_earlier: inputs.mrrOf(c, addMonths(month, -TREND_MONTHS)) },
  };
}

/** Every factor of one customer at the end of `month`: signal, weight, raw values and trend against three months earlier. */
export function healthSignals(customerId: string, inputs: HealthInputs, month: Month, settings: HealthSettings): HealthSignal[] {
  const now = healthFactors(customerId, inputs, month);
  const before = healthFactors(customerId, inputs, addMonths(month, -TREND_MONTHS));
  const raw = rawValues(customerId, inputs, month);
  return HEALTH_FACTORS.map((factor) => ({
    factor,
    score: now[factor],
    weight: settings.weights[factor] ?? 0,
    raw: raw[factor],
    previous_score: before[factor],
    trend: now[factor] - before[factor],
  }));
}
