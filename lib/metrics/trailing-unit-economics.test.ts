import { describe, expect, it } from "vitest";
import { cost, NO_FILTERS, prepare, sub } from "./test-fixtures";
import { periodLength, trailingUnitEconomics } from "./trailing-unit-economics";

describe("trailing unit economics", () => {
  // a from Jan (100), b from Feb (200), c from Mar (100) and gone in Apr.
  const p = prepare({
    subscriptions: [sub("a", 100, "2024-01-01"), sub("b", 200, "2024-02-01"), sub("c", 100, "2024-03-01", "2024-04-01")],
    costs: [
      cost("2024-01", "sales_marketing", 300),
      cost("2024-02", "sales_marketing", 600),
      cost("2024-03", "sales_marketing", 900),
      cost("2024-04", "customer_success", 50),
    ],
  });

  it("computes each month over a window of the period's length ending there", () => {
    expect(periodLength({ from: "2024-03", to: "2024-04" })).toBe(2);
    expect(trailingUnitEconomics(p, NO_FILTERS, { from: "2024-03", to: "2024-04" })).toEqual([
      // Feb..Mar: (600 + 900) / 2 new; no churn in Feb or Mar, so no lifetime and no CLTV.
      { month: "2024-03", cac: 750, cltv: null, ltv_to_cac: null },
      // Mar..Apr: 900 / 1 new; churn 0% and 33.3% -> lifetime 6 months; ARPA 300 / 2 = 150.
      { month: "2024-04", cac: 900, cltv: 900, ltv_to_cac: 1 },
    ]);
  });

  it("has no CAC in a window without new customers", () => {
    const [point] = trailingUnitEconomics(p, NO_FILTERS, { from: "2024-05", to: "2024-05" });
    expect(point).toEqual({ month: "2024-05", cac: null, cltv: null, ltv_to_cac: null });
  });
});
