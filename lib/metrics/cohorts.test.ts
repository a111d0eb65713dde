import { describe, expect, it } from "vitest";
import { revenueCohortMatrix } from "./cohorts";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

describe("revenue cohort matrix", () => {
  // a: 100 in Jan-Feb then gone; b: 100 from Jan, 200 from Mar; c: 40 from Feb, 30 from Apr
  const p = prepare({
    customers: [customer("a", { csm: "Ana" }), customer("b"), customer("c", { csm: "Ana" })],
    subscriptions: [
      sub("a", 100, "2024-01-01", "2024-03-01"),
      sub("b", 100, "2024-01-01"),
      sub("b", 100, "2024-03-01"),
      sub("c", 40, "2024-02-01", "2024-04-01"),
      sub("c", 30, "2024-04-01"),
    ],
  });

  it("rows by first month with MRR, cells = cohort MRR / starting MRR x 100", () => {
    expect(revenueCohortMatrix(p, NO_FILTERS, "2024-04")).toEqual([
      { cohort: "2024-01", customers: 2, startingMrr: 200, cells: [100, 100, 100, 100] },
      { cohort: "2024-02", customers: 1, startingMrr: 40, cells: [100, 100, 75] },
    ]);
  });

  it("follows the filters and ends at the latest data month by default", () => {
    expect(revenueCohortMatrix(p, { ...NO_FILTERS, csm: "Ana" })).toEqual([
      { cohort: "2024-01", customers: 1, startingMrr: 100, cells: [100, 100, 0, 0] },
      { cohort: "2024-02", customers: 1, startingMrr: 40, cells: [100, 100, 75] },
    ]);
  });
});
