import { describe, expect, it } from "vitest";
import type { SurveyKind, SurveyResponse } from "@/lib/domain/types";
import { surveyMetrics, surveyMetricsByMonth, verbatimComments } from "./surveys";

const MARCH = Date.UTC(2024, 2, 1);
const APRIL = Date.UTC(2024, 3, 1);
const MAY = Date.UTC(2024, 4, 1);
let seq = 0;
const r = (survey: SurveyKind, score: number, at: number, comment: string | null = null): SurveyResponse => ({
  responseId: `r${++seq}`,
  customerId: "c1",
  survey,
  score,
  respondedAt: at,
  comment,
});

describe("surveyMetrics", () => {
  it("splits NPS at 6/7 and 8/9, with 0 and 10 at the ends", () => {
    const rs = [0, 6, 7, 8, 9, 10].map((s) => r("nps", s, MARCH));
    expect(surveyMetrics(rs, MARCH, APRIL)).toMatchObject({ nps: 0, nps_responses: 6, promoters: 2, passives: 2, detractors: 2 });
  });
  it("NPS = % promoters - % detractors", () => {
    const rs = [9, 10, 6].map((s) => r("nps", s, MARCH));
    expect(surveyMetrics(rs, MARCH, APRIL).nps).toBe(100 / 3);
    expect(surveyMetrics([r("nps", 0, MARCH)], MARCH, APRIL).nps).toBe(-100);
  });
  it("CSAT counts 4 and 5 as satisfied, 3 not", () => {
    const rs = [3, 4, 5, 1].map((s) => r("csat", s, MARCH));
    expect(surveyMetrics(rs, MARCH, APRIL)).toMatchObject({ csat: 50, csat_responses: 4 });
  });
  it("CES is the mean score", () => {
    const rs = [1, 2, 4].map((s) => r("ces", s, MARCH));
    expect(surveyMetrics(rs, MARCH, APRIL)).toMatchObject({ ces: 7 / 3, ces_responses: 3 });
  });
  it("keeps kinds apart", () => {
    const m = surveyMetrics([r("nps", 10, MARCH), r("csat", 5, MARCH), r("ces", 7, MARCH)], MARCH, APRIL);
    expect(m).toEqual({
      nps: 100,
      nps_responses: 1,
      promoters: 1,
      passives: 0,
      detractors: 0,
      csat: 100,
      csat_responses: 1,
      ces: 7,
      ces_responses: 1,
    });
  });
  it("includes startMs, excludes endMs, and converts offsets to UTC", () => {
    const rs = [
      r("nps", 10, MARCH),
      r("nps", 0, APRIL),
      r("nps", 0, MARCH - 1),
      r("nps", 9, Date.parse("2024-04-01T01:30:00+02:00")),
      r("nps", 7, APRIL - 1),
    ];
    expect(surveyMetrics(rs, MARCH, APRIL)).toMatchObject({ nps_responses: 3, promoters: 2, passives: 1, detractors: 0 });
  });
  it("is null with zero counts when nothing is inside", () => {
    expect(surveyMetrics([r("nps", 10, APRIL)], MARCH, APRIL)).toEqual({
      nps: null,
      nps_responses: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      csat: null,
      csat_responses: 0,
      ces: null,
      ces_responses: 0,
    });
  });
});

describe("surveyMetricsByMonth", () => {
  it("gives one row per month in order, empty months included", () => {
    const rs = [r("nps", 10, APRIL), r("nps", 0, MARCH + 5), r("csat", 5, Date.parse("2024-04-01T01:30:00+02:00")), r("nps", 9, MAY)];
    const rows = surveyMetricsByMonth(rs, ["2024-02", "2024-03", "2024-04"]);
    expect(rows.map((x) => [x.month, x.nps, x.nps_responses, x.csat])).toEqual([
      ["2024-02", null, 0, null],
      ["2024-03", -100, 1, 100],
      ["2024-04", 100, 1, null],
    ]);
  });
});

describe("verbatimComments", () => {
  it("keeps non-blank comments in the window, newest first", () => {
    const a = r("nps", 9, MARCH, "great");
    const b = r("csat", 2, MARCH + 10, "  slow ");
    const blank = r("nps", 1, MARCH + 20, "   ");
    const none = r("nps", 1, MARCH + 30, null);
    const outside = r("nps", 1, APRIL, "late");
    expect(verbatimComments([a, blank, outside, b, none], MARCH, APRIL)).toEqual([b, a]);
  });
});
