import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/domain/months";
import type { LifecycleEvent, LifecycleStage } from "@/lib/domain/types";
import * as stuck from "./lifecycle-stuck";
import { eventRows } from "./test-fixtures";

// These read each customer's events as typed columns; the tests give them records.
const rowsOf = (byCustomer: Map<string, LifecycleEvent[]>) => (id: string) => eventRows(byCustomer.get(id) ?? []);
const currentStages = (byCustomer: Map<string, LifecycleEvent[]>, ids: string[]) => stuck.currentStages(rowsOf(byCustomer), ids);
const stuckCustomers = (byCustomer: Map<string, LifecycleEvent[]>, ids: string[], nowMs: number, days: number) =>
  stuck.stuckCustomers(rowsOf(byCustomer), ids, nowMs, days);

const day = (d: number) => Date.UTC(2024, 0, d);
const ev = (customerId: string, stage: LifecycleStage, enteredAt: number): LifecycleEvent => ({ customerId, stage, enteredAt });
const events = new Map<string, LifecycleEvent[]>([
  ["A", [ev("A", "onboarding", day(1)), ev("A", "acquisition", day(1)), ev("A", "awareness", Date.UTC(2023, 11, 1))]],
  ["B", [ev("B", "implementation", day(20)), ev("B", "implementation", day(10)), ev("B", "onboarding", day(5))]],
  ["C", [ev("C", "retention", day(1))]],
  ["D", [ev("D", "churn", day(1)), ev("D", "growth", day(1))]],
  ["E", [ev("E", "growth", day(30))]],
]);

describe("currentStages", () => {
  it("takes the latest event (ties: later stage, churn last); since = start of the trailing run at that stage", () => {
    const cs = currentStages(events, ["A", "B", "C", "D", "E", "Z"]);
    expect([...cs.values()].map((c) => [c.customerId, c.stage, c.since, c.lastEventAt])).toEqual([
      ["A", "onboarding", day(1), day(1)],
      ["B", "implementation", day(10), day(20)],
      ["C", "retention", day(1), day(1)],
      ["D", "churn", day(1), day(1)],
      ["E", "growth", day(30), day(30)],
    ]);
  });
});

describe("stuckCustomers", () => {
  it("lists non-churn, non-retention customers in stage more than the threshold, longest first", () => {
    const now = day(31) + MS_PER_DAY / 2;
    const stuck = stuckCustomers(events, ["A", "B", "C", "D", "E"], now, 21);
    // A: 30.5 days, B: 21.5 days (since Jan 10), E: 1.5 days; C retention and D churn never stuck
    expect(stuck.map((s) => [s.customerId, s.stage, s.daysInStage])).toEqual([
      ["A", "onboarding", 30.5],
      ["B", "implementation", 21.5],
    ]);
  });
  it("needs strictly more than the threshold", () => {
    expect(stuckCustomers(events, ["B"], day(31), 21)).toEqual([]);
  });
});
