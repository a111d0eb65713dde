import { describe, expect, it } from "vitest";
import type { Customer, LifecycleEvent, LifecycleStage } from "@/lib/domain/types";
import * as lifecycle from "./lifecycle";
import { eventRows } from "./test-fixtures";

// These read each customer's events as typed columns; the tests give them records.
const rowsOf = (byCustomer: Map<string, LifecycleEvent[]>) => (id: string) => eventRows(byCustomer.get(id) ?? []);
const lifecycleFunnel = (byCustomer: Map<string, LifecycleEvent[]>, ids: Iterable<string>, startMs: number, endMs: number) =>
  lifecycle.lifecycleFunnel(rowsOf(byCustomer), ids, startMs, endMs);
const timeToValueDays = (customers: Customer[], byCustomer: Map<string, LifecycleEvent[]>, startMs: number, endMs: number) =>
  lifecycle.timeToValueDays(customers, rowsOf(byCustomer), startMs, endMs);

const JAN = Date.UTC(2024, 0, 1);
const FEB = Date.UTC(2024, 1, 1);
const day = (d: number, h = 0) => Date.UTC(2024, 0, d, h);
type Ev = [LifecycleStage, number];
const byCustomer = (spec: Record<string, Ev[]>) =>
  new Map(
    Object.entries(spec).map(([id, evs]) => [id, evs.map(([stage, enteredAt]): LifecycleEvent => ({ customerId: id, stage, enteredAt }))]),
  );
const col = <K extends "reached" | "conversion" | "median_days_in_stage" | "current">(rows: ReturnType<typeof lifecycleFunnel>, k: K) =>
  rows.map((r) => r[k]);

describe("lifecycleFunnel", () => {
  const events = byCustomer({
    // unsorted on purpose; skips onboarding and early_adoption
    A: [
      ["growth", day(41)],
      ["awareness", day(1)],
      ["implementation", day(10)],
      ["acquisition", day(3, 12)],
    ],
    B: [
      ["acquisition", day(5)],
      ["churn", day(20)],
      ["onboarding", day(6)],
    ],
    C: [["churn", day(15)]],
    D: [
      ["awareness", Date.UTC(2023, 11, 31, 23, 59)],
      ["acquisition", day(2)],
    ],
    E: [["onboarding", FEB]],
    F: [
      ["awareness", day(5)],
      ["churn", Date.UTC(2023, 11, 20)],
    ],
    G: [["awareness", day(1)]],
  });
  const rows = lifecycleFunnel(events, ["A", "B", "C", "D", "E", "F", "H"], JAN, FEB);

  it("lists the seven stages in order, then churn", () => {
    expect(rows.map((r) => r.stage)).toEqual([
      "awareness",
      "acquisition",
      "onboarding",
      "implementation",
      "early_adoption",
      "growth",
      "retention",
      "churn",
    ]);
  });
  it("reached counts later stages (cohort A, B, C: earliest event of any stage in the period)", () => {
    expect(col(rows, "reached")).toEqual([2, 2, 2, 1, 1, 1, 0, 2]);
  });
  it("conversion = reached(k) / reached(k-1), null for awareness and churn", () => {
    expect(col(rows, "conversion")).toEqual([null, 100, 100, 50, 100, 100, 0, null]);
  });
  it("median days in stage: first entry to first later non-churn entry, exact days", () => {
    // awareness: A 2.5; acquisition: A 6.5, B 1; onboarding: B only churns after; implementation: A Jan 10 -> Feb 10
    expect(col(rows, "median_days_in_stage")).toEqual([2.5, 3.75, null, 31, null, null, null, null]);
  });
  it("current counts every filtered customer with an event by its latest event", () => {
    // F: awareness (churn is older), D: acquisition, E: onboarding, A: growth, B and C: churn; G filtered out
    expect(col(rows, "current")).toEqual([1, 1, 1, 0, 0, 1, 0, 2]);
  });

  it("measures days to a later stage dated at or after the first entry", () => {
    const r = lifecycleFunnel(
      byCustomer({
        I: [
          ["onboarding", day(1)],
          ["awareness", day(2)],
          ["acquisition", day(4, 6)],
        ],
        J: [
          ["awareness", day(5)],
          ["acquisition", day(3)],
          ["acquisition", day(8)],
          ["onboarding", day(8)],
        ],
        K: [
          ["awareness", day(7)],
          ["acquisition", day(7)],
        ],
      }),
      ["I", "J", "K"],
      JAN,
      FEB,
    );
    // awareness: I 2.25 (onboarding Jan 1 is before), J 3 (acquisition Jan 8, not Jan 3), K 0
    expect(r[0].median_days_in_stage).toBe(2.25);
    // acquisition: I has no later stage after Jan 4; J Jan 3 -> onboarding Jan 8 = 5; K none
    expect(r[1].median_days_in_stage).toBe(5);
    expect(r[0].reached).toBe(3);
  });

  it("breaks ties in time by the later stage, churn last", () => {
    const r = lifecycleFunnel(
      byCustomer({
        P: [
          ["implementation", day(3)],
          ["onboarding", day(3)],
        ],
        Q: [
          ["churn", day(4)],
          ["growth", day(4)],
        ],
        R: [
          ["retention", day(9)],
          ["awareness", day(2)],
        ],
      }),
      new Set(["P", "Q", "R"]),
      JAN,
      FEB,
    );
    expect(col(r, "current")).toEqual([0, 0, 0, 1, 0, 0, 1, 1]);
  });

  it("includes the start and excludes the end instant of the cohort period", () => {
    const r = lifecycleFunnel(
      byCustomer({ S: [["awareness", JAN]], T: [["awareness", FEB]], U: [["awareness", FEB - 1]] }),
      ["S", "T", "U"],
      JAN,
      FEB,
    );
    expect(r[0].reached).toBe(2);
    expect(r[0].current).toBe(3);
  });

  it("gives zeros and nulls with no events", () => {
    const r = lifecycleFunnel(new Map(), ["X"], JAN, FEB);
    expect(r.every((x) => x.reached === 0 && x.current === 0 && x.conversion === null && x.median_days_in_stage === null)).toBe(true);
  });
});

describe("timeToValueDays", () => {
  const customer = (customerId: string, signupDate: string): Customer => ({
    customerId,
    name: customerId,
    segment: "SMB",
    plan: null,
    csm: null,
    acquisitionChannel: null,
    signupDate,
  });
  const events = byCustomer({
    P: [
      ["early_adoption", day(20, 12)],
      ["onboarding", day(12)],
    ],
    Q: [["growth", day(31)]],
    R: [
      ["early_adoption", Date.UTC(2024, 1, 4)],
      ["retention", day(25)],
    ],
    S: [["early_adoption", day(5)]],
    T: [["early_adoption", Date.UTC(2024, 1, 5)]],
    U: [
      ["onboarding", day(21)],
      ["churn", day(22)],
    ],
  });
  const customers = [
    customer("P", "2024-01-10"),
    customer("Q", "2024-01-01"),
    customer("R", "2024-01-15"),
    customer("S", "2023-12-31"),
    customer("T", "2024-02-01"),
    customer("U", "2024-01-20"),
  ];

  it("is the median over period signups of days to the first early_adoption-or-later event", () => {
    // P 10.5, Q 30 (skipped early_adoption), R 10 (retention before early_adoption); S, T signed up outside; U never got there
    expect(timeToValueDays(customers, events, JAN, FEB)).toBe(10.5);
  });
  it("is null when nobody qualifies", () => {
    expect(timeToValueDays(customers.slice(3), events, JAN, FEB)).toBeNull();
  });
});
