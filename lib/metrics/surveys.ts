import { monthEndExclusiveMs, monthOfInstant, monthStartMs } from "@/lib/domain/months";
import type { Month, SurveyResponse } from "@/lib/domain/types";
import { mean, pct } from "./stats";

export interface SurveyMetrics {
  nps: number | null;
  nps_responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  csat: number | null;
  csat_responses: number;
  ces: number | null;
  ces_responses: number;
}

export type MonthlySurveyMetrics = SurveyMetrics & { month: Month };

/** Responses with startMs <= respondedAt < endMs. */
export function surveyMetrics(responses: readonly SurveyResponse[], startMs: number, endMs: number): SurveyMetrics {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let csatGood = 0;
  let csatCount = 0;
  const ces: number[] = [];
  for (const r of responses) {
    if (r.respondedAt < startMs || r.respondedAt >= endMs) continue;
    if (r.survey === "nps") {
      if (r.score >= 9) promoters++;
      else if (r.score >= 7) passives++;
      else detractors++;
    } else if (r.survey === "csat") {
      csatCount++;
      if (r.score >= 4) csatGood++;
    } else if (r.survey === "ces") {
      ces.push(r.score);
    }
  }
  const npsResponses = promoters + passives + detractors;
  return {
    nps: pct(promoters - detractors, npsResponses),
    nps_responses: npsResponses,
    promoters,
    passives,
    detractors,
    csat: pct(csatGood, csatCount),
    csat_responses: csatCount,
    ces: mean(ces),
    ces_responses: ces.length,
  };
}

/** One row per month, in the order given (UTC calendar months). */
export function surveyMetricsByMonth(responses: readonly SurveyResponse[], months: readonly Month[]): MonthlySurveyMetrics[] {
  const wanted = new Set(months);
  const byMonth = new Map<Month, SurveyResponse[]>();
  for (const r of responses) {
    const m = monthOfInstant(r.respondedAt);
    if (!wanted.has(m)) continue;
    const list = byMonth.get(m);
    if (list) list.push(r);
    else byMonth.set(m, [r]);
  }
  return months.map((month) => ({
    month,
    ...surveyMetrics(byMonth.get(month) ?? [], monthStartMs(month), monthEndExclusiveMs(month)),
  }));
}

/** Responses in [startMs, endMs) with a non-blank comment, newest first (ties: response id). */
export function verbatimComments(responses: readonly SurveyResponse[], startMs: number, endMs: number): SurveyResponse[] {
  return responses
    .filter((r) => r.respondedAt >= startMs && r.respondedAt < endMs && r.comment !== null && r.comment.trim() !== "")
    .sort((a, b) => b.respondedAt - a.respondedAt || (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0));
}
