import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexToMonth, monthToIndex } from "@/lib/domain/months";
import type { BillingPeriod, Subscription } from "@/lib/domain/types";
import { classifyMovement } from "./movements";
import { customerMrrFacts } from "./mrr-facts";
import { buildMrrMatrix, mrrColumn, subscriptionUnits } from "./mrr";
import { sub } from "./test-fixtures";

/** Facts as [month, MRR in major units, movement]; 100 a month is 12,000,000 units. */
const facts = (...subs: Subscription[]) => customerMrrFacts(subs).map((f) => [indexToMonth(f.month), f.units / 120_000, f.movement]);

describe("customerMrrFacts", () => {
  it("new: the first month with MRR", () => {
    expect(facts(sub("a", 100, "2024-01-15"))).toEqual([["2024-01", 100, "new"]]);
    expect(customerMrrFacts([sub("a", 100, "2024-01-15")])).toEqual([
      { month: monthToIndex("2024-01"), units: 12_000_000, movement: "new", active: true },
    ]);
  });

  it("expansion and contraction: MRR up or down while active", () => {
    // Jan 100; Mar 100 + 50 = 150; Apr 150 - 100 = 50 (the first one ends); Jul 50 + 25 = 75.
    const subs = [sub("a", 100, "2024-01-01", "2024-04-01"), sub("a", 50, "2024-03-01"), sub("a", 25, "2024-07-31")];
    expect(facts(...subs)).toEqual([
      ["2024-01", 100, "new"],
      ["2024-03", 150, "expansion"],
      ["2024-04", 50, "contraction"],
      ["2024-07", 75, "expansion"],
    ]);
  });

  it("churn, then reactivation (not new again)", () => {
    // Active Jan-Feb, nothing Mar-May, back in Jun with 80.
    const subs = [sub("a", 100, "2024-01-01", "2024-03-01"), sub("a", 80, "2024-06-10")];
    expect(facts(...subs)).toEqual([
      ["2024-01", 100, "new"],
      ["2024-03", 0, "churn"],
      ["2024-06", 80, "reactivation"],
    ]);
    expect(customerMrrFacts(subs).map((f) => f.active)).toEqual([true, false, true]);
  });

  it("an annual plan is 1/12 of its amount a month; a quarterly one 1/3", () => {
    expect(facts(sub("a", 1200, "2024-02-10", "2025-02-10", "year"))).toEqual([
      ["2024-02", 100, "new"],
      ["2025-02", 0, "churn"],
    ]);
    expect(facts(sub("a", 300, "2024-01-01", null, "quarter"))).toEqual([["2024-01", 100, "new"]]);
  });

  it("an end date mid-month ends service in the month before its own (month-end snapshots)", () => {
    // Active at the end of Jan and Feb; on 31 March it has ended.
    expect(facts(sub("a", 100, "2024-01-01", "2024-03-20"))).toEqual([
      ["2024-01", 100, "new"],
      ["2024-03", 0, "churn"],
    ]);
  });

  it("keeps a month where an end and a start cancel out, with no movement", () => {
    // A renewal into a new subscription of the same amount: May is listed (the matrix has the column) but moves nothing.
    const subs = [sub("a", 100, "2024-01-01", "2024-05-01"), sub("a", 100, "2024-05-01")];
    expect(facts(...subs)).toEqual([
      ["2024-01", 100, "new"],
      ["2024-05", 100, null],
    ]);
  });

  it("lists nothing for a subscription that starts and ends inside one month, and no movement for a free plan", () => {
    expect(facts(sub("a", 100, "2024-02-03", "2024-02-20"))).toEqual([]);
    expect(customerMrrFacts([sub("a", 0, "2024-02-03")])).toEqual([
      { month: monthToIndex("2024-02"), units: 0, movement: null, active: false },
    ]);
  });
});

const PERIODS: BillingPeriod[] = ["month", "quarter", "year"];
const date = fc
  .record({ y: fc.integer({ min: 2022, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const subscription = fc
  .record({
    customer: fc.constantFrom("a", "b", "c", "d"),
    amount: fc.oneof(fc.constantFrom(0, 10, 99.99, 100, 1200), fc.double({ min: 0, max: 10_000, noNaN: true })),
    period: fc.constantFrom(...PERIODS),
    start: date,
    end: fc.option(date, { nil: null }),
  })
  .filter((s) => s.end === null || s.end > s.start)
  .map((s) => sub(s.customer, s.amount, s.start, s.end, s.period));

/** MRR units of one customer in month m straight from METRICS.md: the sum over its subscriptions active at the end of m. */
function mrrByDefinition(subs: readonly Subscription[], m: number): number {
  const lastDay = `${indexToMonth(m)}-31`;
  return subs
    .filter((s) => s.startDate <= lastDay && (s.endDate === null || s.endDate.slice(0, 7) > indexToMonth(m)))
    .reduce((a, s) => a + subscriptionUnits(s), 0);
}

describe("facts against the definition (property)", () => {
  it("give every month's MRR and movement as METRICS.md defines them, and the matrix built from them agrees", () => {
    fc.assert(
      fc.property(fc.array(subscription, { maxLength: 12 }), (subs) => {
        const ids = ["a", "b", "c", "d"];
        const mx = buildMrrMatrix(subs, new Map(ids.map((id, i) => [id, i])));
        ids.forEach((id, c) => {
          const own = subs.filter((s) => s.customerId === id);
          const listed = new Map(customerMrrFacts(own).map((f) => [f.month, f]));
          let everActive = false;
          for (let m = monthToIndex("2021-12"); m <= monthToIndex("2025-02"); m++) {
            const p = mrrByDefinition(own, m - 1);
            const q = mrrByDefinition(own, m);
            expect(mrrColumn(mx, m)[c]).toBe(q);
            const expected = p === 0 && q > 0 ? (everActive ? "reactivation" : "new") : classifyMovement(p, q, -1, m);
            expect(listed.get(m)?.movement ?? null).toBe(expected);
            if (p !== q) expect(listed.get(m)?.units).toBe(q);
            everActive ||= q > 0;
          }
        });
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
