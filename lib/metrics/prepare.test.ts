import { describe, expect, it } from "vitest";
import { indexToMonth } from "@/lib/domain/months";
import { LIFECYCLE_STAGES } from "@/lib/domain/types";
import { rowsOfCustomer } from "./customer-rows";
import { defaultPeriod, prepareDataset } from "./prepare";
import { cost, customer, dataset, prepare, sub } from "./test-fixtures";

describe("prepareDataset", () => {
  it("the latest data month is the max over every kind, end dates included", () => {
    const base = { subscriptions: [sub("a", 10, "2023-01-01", "2024-02-01")] };
    expect(indexToMonth(prepare(base).latestMonth!)).toBe("2024-02");
    expect(indexToMonth(prepare({ ...base, costs: [cost("2024-05", "other", 1)] }).latestMonth!)).toBe("2024-05");
    const ticket = {
      ticketId: "t",
      customerId: null,
      createdAt: Date.UTC(2024, 1, 1),
      firstResponseAt: null,
      resolvedAt: Date.UTC(2024, 6, 31, 23),
      resolvedOnFirstContact: null,
      priority: null,
      channel: null,
    };
    expect(indexToMonth(prepare({ ...base, tickets: [ticket] }).latestMonth!)).toBe("2024-07");
    const usage = {
      customerId: "a",
      month: "2024-09",
      activeUsers: 1,
      licensedSeats: null,
      sessions: null,
      avgSessionMinutes: null,
      featuresUsed: null,
    };
    expect(indexToMonth(prepare({ ...base, usage: [usage] }).latestMonth!)).toBe("2024-09");
    expect(indexToMonth(prepare({ ...base, customers: [customer("a", { signupDate: "2025-01-31" })] }).latestMonth!)).toBe("2025-01");
  });

  it("the default period is the 12 months ending with the latest data month", () => {
    expect(defaultPeriod(prepare({ subscriptions: [sub("a", 10, "2023-03-10")] }))).toEqual({ from: "2022-04", to: "2023-03" });
    expect(defaultPeriod(prepareDataset(dataset({})))).toBeNull();
  });

  it("sorts per-customer lists ascending", () => {
    const p = prepare({
      customers: [customer("a")],
      lifecycle: [
        { customerId: "a", stage: "onboarding", enteredAt: 30 },
        { customerId: "a", stage: "awareness", enteredAt: 10 },
        { customerId: "a", stage: "churn", enteredAt: 30 },
      ],
    });
    const a = rowsOfCustomer(p.lifecycle, p.customerIndex.get("a")!);
    expect(Array.from(a.rows.subarray(a.from, a.to), (i) => LIFECYCLE_STAGES[p.lifecycle.cols.stage[i]])).toEqual([
      "awareness",
      "onboarding",
      "churn",
    ]);
  });
});
