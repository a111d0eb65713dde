import { describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import { mrrColumn, subscriptionUnits, toArr, toMrr } from "./mrr";
import { prepare, sub } from "./test-fixtures";

const mrrOf = (p: ReturnType<typeof prepare>, id: string, month: string) =>
  toMrr(mrrColumn(p.mrr, monthToIndex(month))[p.customerIndex.get(id)!]);

describe("subscription MRR", () => {
  it("keeps exact integer units per year for month, quarter and year", () => {
    expect(subscriptionUnits({ amount: 100, billingPeriod: "month" })).toBe(12_000_000);
    expect(subscriptionUnits({ amount: 300, billingPeriod: "quarter" })).toBe(12_000_000);
    expect(subscriptionUnits({ amount: 1200, billingPeriod: "year" })).toBe(12_000_000);
    expect(toMrr(subscriptionUnits({ amount: 1000, billingPeriod: "year" }))).toBeCloseTo(1000 / 12, 12);
    expect(toArr(subscriptionUnits({ amount: 99.99, billingPeriod: "month" }))).toBe(1199.88);
  });

  it("is active from the start month until the month before end_date's month", () => {
    const p = prepare({ subscriptions: [sub("a", 100, "2024-01-15", "2024-04-01")] });
    expect(mrrOf(p, "a", "2023-12")).toBe(0);
    expect(mrrOf(p, "a", "2024-01")).toBe(100);
    expect(mrrOf(p, "a", "2024-03")).toBe(100);
    expect(mrrOf(p, "a", "2024-04")).toBe(0);
  });

  it("an end_date after the 1st still ends service in the month before its own", () => {
    const p = prepare({ subscriptions: [sub("a", 100, "2024-01-01", "2024-03-20")] });
    expect(mrrOf(p, "a", "2024-02")).toBe(100);
    expect(mrrOf(p, "a", "2024-03")).toBe(0);
  });

  it("a subscription starting and ending inside one month is never active", () => {
    const p = prepare({ subscriptions: [sub("a", 100, "2024-02-03", "2024-02-20"), sub("b", 10, "2024-01-01")] });
    expect(mrrOf(p, "a", "2024-02")).toBe(0);
    expect(mrrOf(p, "a", "2024-03")).toBe(0);
    expect(p.mrr.firstActive[p.customerIndex.get("a")!]).toBe(-1);
  });

  it("sums overlapping subscriptions and normalises annual and quarterly plans", () => {
    const p = prepare({
      subscriptions: [
        sub("a", 100, "2024-01-01"),
        sub("a", 1200, "2024-02-10", "2025-02-10", "year"),
        sub("a", 90, "2024-03-01", "2024-06-01", "quarter"),
      ],
    });
    expect(mrrOf(p, "a", "2024-01")).toBe(100);
    expect(mrrOf(p, "a", "2024-02")).toBe(200);
    expect(mrrOf(p, "a", "2024-05")).toBe(230);
    expect(mrrOf(p, "a", "2024-06")).toBe(200);
    expect(mrrOf(p, "a", "2025-02")).toBe(100);
  });

  it("months past the data carry the open subscriptions; months before the first start are zero", () => {
    const p = prepare({ subscriptions: [sub("a", 100, "2024-01-01"), sub("b", 50, "2024-01-01", "2024-06-01")] });
    expect(mrrOf(p, "a", "2030-07")).toBe(100);
    expect(mrrOf(p, "b", "2030-07")).toBe(0);
    expect(mrrOf(p, "a", "2019-07")).toBe(0);
  });

  it("stores one column per month where MRR changes, so a far-off end_date stays cheap", () => {
    const p = prepare({ subscriptions: [sub("a", 100, "2024-01-01", "2099-01-01")] });
    expect(p.mrr.changeMonths.length).toBe(2);
    expect(mrrOf(p, "a", "2098-12")).toBe(100);
    expect(mrrOf(p, "a", "2099-01")).toBe(0);
  });
});
