import { monthEndExclusiveMs, monthStartMs } from "@/lib/domain/months";
import type { Month, SurveyResponse } from "@/lib/domain/types";
import { SURVEY_KIND_CODES, inScope, scanRange, surveyColumns, type RowScope, type SurveyColumns } from "./event-columns";
import { pct } from "./stats";

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
  const cols = surveyColumns(responses);
  return surveyMetricsOfColumns(cols, { startMs, endMs, mask: null }, 0, cols.respondedAt.length);
}

/** The one computation of NPS, CSAT and CES: over rows [lo, hi) of time-sorted columns that are in scope. */
export function surveyMetricsOfColumns(cols: SurveyColumns, scope: RowScope, lo = 0, hi = cols.respondedAt.length): SurveyMetrics {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let csatGood = 0;
  let csatCount = 0;
  let cesSum = 0;
  let cesCount = 0;
  for (let i = lo; i < hi; i++) {
    if (!inScope(cols.respondedAt[i], cols.customer[i], scope)) continue;
    const score = cols.score[i];
    const kind = cols.kind[i];
    if (kind === SURVEY_KIND_CODES.nps) {
      if (score >= 9) promoters++;
      else if (score >= 7) passives++;
      else detractors++;
    } else if (kind === SURVEY_KIND_CODES.csat) {
      csatCount++;
      if (score >= 4) csatGood++;
    } else {
      cesSum += score;
      cesCount++;
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
    ces: cesCount === 0 ? null : cesSum / cesCount,
    ces_responses: cesCount,
  };
}

/** One row per month, in the order given (UTC calendar months). */
export function surveyMetricsByMonth(responses: readonly SurveyResponse[], months: readonly Month[]): MonthlySurveyMetrics[] {
  return surveyMetricsByMonthOfColumns(surveyColumns(responses), months, null, false);
}

/** One row per month over columns; `sorted` columns (time order, as prepared) are scanned by range. */
export function surveyMetricsByMonthOfColumns(
  cols: SurveyColumns,
  months: readonly Month[],
  mask: Uint8Array | null,
  sorted = true,
): MonthlySurveyMetrics[] {
  return months.map((month) => {
    const scope = { startMs: monthStartMs(month), endMs: monthEndExclusiveMs(month), mask };
    const [lo, hi] = sorted ? scanRange(cols.respondedAt, scope) : [0, cols.respondedAt.length];
    return { month, ...surveyMetricsOfColumns(cols, scope, lo, hi) };
  });
}

/** Responses in [startMs, endMs) with a non-blank comment, newest first (ties: response id). */
export function verbatimComments(responses: readonly SurveyResponse[], startMs: number, endMs: number): SurveyResponse[] {
  return responses
    .filter((r) => r.respondedAt >= startMs && r.respondedAt < endMs && r.comment !== null && r.comment.trim() !== "")
    .sort((a, b) => b.respondedAt - a.respondedAt || (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0));
}
