import { describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import { csmRows } from "./breakdowns";
import { filterCustomers } from "./filters";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

describe("loaded ARR per CSM", () => {
  const p = prepare({
    customers: [
      customer("a", { csm: "bea" }),
      customer("b", { csm: "Zoe" }),
      customer("c", { csm: "Zoe" }),
      customer("d", { csm: null }),
      customer("e", { csm: "Al" }),
    ],
    subscriptions: [
      sub("a", 10, "2024-01-01"),
      sub("b", 100, "2024-01-01"),
      sub("c", 300, "2024-01-01", null, "quarter"),
      sub("d", 5, "2024-01-01"),
      sub("e", 7, "2023-01-01", "2024-01-01"),
    ],
  });

  it("lists csms with an active customer at `to`, ARR = 12 x their MRR, code-point order", () => {
    expect(csmRows(p, filterCustomers(p, NO_FILTERS), monthToIndex("2024-03"))).toEqual([
      { csm: "Zoe", arr: 2400, customers: 2 },
      { csm: "bea", arr: 120, customers: 1 },
    ]);
  });
});
