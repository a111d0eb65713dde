import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS, type Annotation, type Target } from "@/lib/domain/types";
import { computeMetrics } from "./compute-metrics";
import { SUMMARY_FIELDS } from "./summary-fields";
import { annotationsInView, targetsInView } from "./targets-annotations";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

const target = (month: string, metric: string, value: number, segment: string | null = null): Target => ({ month, metric, segment, value });
const note = (date: string, label: string, segment: string | null = null): Annotation => ({ date, label, segment });

const TARGETS = [
  target("2024-04", "mrr", 5000),
  target("2024-02", "nrr", 104, "SMB"),
  target("2024-02", "mrr", 4000, "SMB"),
  target("2024-02", "mrr", 9000),
  target("2023-12", "mrr", 8000),
  target("2024-03", "logo_churn_rate", 1.5, "Enterprise"),
];
const NOTES = [
  note("2024-03-31", "Price change"),
  note("2024-01-01", "SSO launched", "Enterprise"),
  note("2024-02-15", "Onboarding revamp", "SMB"),
  note("2024-04-01", "Too late"),
  note("2023-12-31", "Too early"),
  note("2024-02-15", "Help center", null),
];
const Q1 = { from: "2024-01", to: "2024-03" };

describe("targets in the period and filters", () => {
  it("lists every target of the period without a segment filter, sorted by month, metric, then company first", () => {
    expect(targetsInView(TARGETS, Q1, NO_FILTERS)).toEqual([
      { month: "2024-02", metric: "mrr", segment: null, value: 9000 },
      { month: "2024-02", metric: "mrr", segment: "SMB", value: 4000 },
      { month: "2024-02", metric: "nrr", segment: "SMB", value: 104 },
      { month: "2024-03", metric: "logo_churn_rate", segment: "Enterprise", value: 1.5 },
    ]);
  });

  it("keeps only the filtered segment's targets; csm and plan do not narrow them", () => {
    expect(targetsInView(TARGETS, Q1, { ...NO_FILTERS, segment: " SMB " }).map((t) => [t.metric, t.value])).toEqual([
      ["mrr", 4000],
      ["nrr", 104],
    ]);
    expect(targetsInView(TARGETS, Q1, { segment: null, csm: "Ana", plan: "Pro" })).toHaveLength(4);
    expect(targetsInView(TARGETS, { from: "2024-04", to: "2024-04" }, NO_FILTERS)).toEqual([
      { month: "2024-04", metric: "mrr", segment: null, value: 5000 },
    ]);
  });
});

describe("annotations in the period and filters", () => {
  it("lists every annotation dated inside the period, first to last day, sorted by date then label", () => {
    expect(annotationsInView(NOTES, Q1, NO_FILTERS)).toEqual([
      { date: "2024-01-01", label: "SSO launched", segment: "Enterprise" },
      { date: "2024-02-15", label: "Help center", segment: null },
      { date: "2024-02-15", label: "Onboarding revamp", segment: "SMB" },
      { date: "2024-03-31", label: "Price change", segment: null },
    ]);
  });

  it("with a segment filter keeps that segment's and the ones for every segment", () => {
    expect(annotationsInView(NOTES, Q1, { ...NO_FILTERS, segment: "SMB" }).map((a) => a.label)).toEqual([
      "Help center",
      "Onboarding revamp",
      "Price change",
    ]);
    expect(annotationsInView(NOTES, Q1, { ...NO_FILTERS, csm: "Ana" })).toHaveLength(4);
  });
});

describe("target metrics", () => {
  it("are exactly the field names of the API's summary", () => {
    const p = prepare({ customers: [customer("a")], subscriptions: [sub("a", 100, "2024-01-01")] });
    const summary = computeMetrics(p, Q1, NO_FILTERS, DEFAULT_HEALTH_SETTINGS).summary;
    expect([...SUMMARY_FIELDS].sort()).toEqual(Object.keys(summary).sort());
  });
});
