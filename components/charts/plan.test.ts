import { describe, expect, it } from "vitest";
import { annotationsByMonth, planByMonth, withPlans } from "./plan";

const targets = [
  { month: "2026-01", metric: "mrr", segment: null, value: 1000 },
  { month: "2026-02", metric: "mrr", segment: null, value: 1100 },
  { month: "2026-02", metric: "mrr", segment: "SMB", value: 300 },
  { month: "2026-02", metric: "nps", segment: null, value: 40 },
];
const rows = [
  { month: "2026-01", mrr: 950 },
  { month: "2026-02", mrr: 1150 },
  { month: "2026-03", mrr: 1200 },
];
const config = { mrr: { label: "MRR", color: "chart-7" as const, kind: "line" as const } };

describe("plan lines", () => {
  it("reads the company's targets without a segment filter and the segment's with one", () => {
    expect([...planByMonth(targets, "mrr", null)]).toEqual([
      ["2026-01", 1000],
      ["2026-02", 1100],
    ]);
    expect([...planByMonth(targets, "mrr", "SMB")]).toEqual([["2026-02", 300]]);
  });
  it("adds a dashed series only for metrics with a target in the rows' months; months without one are gaps", () => {
    const out = withPlans(
      rows,
      config,
      [
        { metric: "mrr", series: { label: "MRR plan", color: "chart-7" } },
        { metric: "arr", series: { label: "ARR plan", color: "chart-1" } },
      ],
      { targets, segment: null },
    );
    expect(out.planKeys).toEqual(["plan_mrr"]);
    expect(out.rows.map((r) => r.plan_mrr)).toEqual([1000, 1100, null]);
    expect(out.config.plan_mrr).toEqual({ label: "MRR plan", color: "chart-7", kind: "line", dashed: true });
    expect(Object.keys(out.config)).toEqual(["mrr", "plan_mrr"]);
  });
  it("groups annotations by month", () => {
    expect(
      annotationsByMonth([
        { date: "2026-06-03", label: "Price change", segment: null },
        { date: "2026-06-20", label: "Launched SSO", segment: "SMB" },
        { date: "2026-08-01", label: "New CSM", segment: null },
      ]),
    ).toEqual([
      { month: "2026-06", text: "Price change; Launched SSO" },
      { month: "2026-08", text: "New CSM" },
    ]);
  });
});
