import { describe, expect, it } from "vitest";
import { customerMrrHistory, mrrByCustomerAt } from "./customer-mrr";
import { prepare, sub } from "./test-fixtures";

describe("customer MRR history", () => {
  const p = prepare({
    subscriptions: [
      sub("a", 100, "2024-01-01", "2024-03-01"),
      sub("a", 1440, "2024-04-10", null, "year"),
      sub("b", 50, "2023-12-01", "2024-06-01"),
    ],
  });

  it("gives every month from the first subscription to the latest data month with its movement", () => {
    expect(customerMrrHistory(p, "a")).toEqual([
      { month: "2023-12", mrr: 0, movement: null, amount: 0 },
      { month: "2024-01", mrr: 100, movement: "new", amount: 100 },
      { month: "2024-02", mrr: 100, movement: null, amount: 0 },
      { month: "2024-03", mrr: 0, movement: "churn", amount: 100 },
      { month: "2024-04", mrr: 120, movement: "reactivation", amount: 120 },
      { month: "2024-05", mrr: 120, movement: null, amount: 0 },
      { month: "2024-06", mrr: 120, movement: null, amount: 0 },
    ]);
    expect(customerMrrHistory(p, "nobody")).toBeNull();
  });

  it("MRR per customer at a month", () => {
    expect(mrrByCustomerAt(p, [0, 1], "2024-05")).toEqual(
      new Map([
        ["a", 120],
        ["b", 50],
      ]),
    );
  });
});
