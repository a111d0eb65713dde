import { and, gte, isNotNull, lt } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { surveyResponses as r } from "../schema";
import { monthEndExclusiveMs, monthStartMs } from "@/lib/domain/months";
import type { Period, SurveyKind, SurveyResponse } from "@/lib/domain/types";

/** The survey responses of the period that have a comment: the prepared data set holds no comments. */
export function commentedResponses(db: KeelDb, period: Period): SurveyResponse[] {
  return db
    .select({
      responseId: r.responseId,
      customerId: r.customerId,
      survey: r.survey,
      score: r.score,
      respondedAt: r.respondedAt,
      comment: r.comment,
    })
    .from(r)
    .where(and(gte(r.respondedAt, monthStartMs(period.from)), lt(r.respondedAt, monthEndExclusiveMs(period.to)), isNotNull(r.comment)))
    .all()
    .map((row) => ({ ...row, survey: row.survey as SurveyKind }));
}
