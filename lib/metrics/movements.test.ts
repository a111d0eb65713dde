import { describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import { classifyMovement, customersWithMovement, monthMovements } from "./movements";
import { filterCustomers } from "./filters";
import { mrrColumn, sumUnits, toMrr } from "./mrr";
import { NO_FILTERS, prepare, sub } from "./test-fixtures";

describe("classifyMovement", () => {
  it("follows the movement table", () => {
    expect(classifyMovement(0, 5, 10, 10)).toBe("new");
    expect(classifyMovement(0, 5, 7, 10)).toBe("reactivation");
    expect(classifyMovement(5, 8, 7, 10)).toBe("expansion");
    expect(classifyMovement(5, 3, 7, 10)).toBe("contraction");
    expect(classifyMovement(5, 0, 7, 10)).toBe("churn");
    expect(classifyMovement(5, 5, 7, 10)).toBeNull();
    expect(classifyMovement(0, 0, -1, 10)).toBeNull();
  });
});

describe("monthly movements", () => {
  // a: Jan 100, Feb 150, Mar 120, Apr-May 0, Jun 80.  b: new in Mar with 50.  c: Jan 100, Feb 0, Mar 100.
  const p = prepare({
    subscriptions: [
      sub("a", 100, "2024-01-01", "2024-04-01"),
      sub("a", 50, "2024-02-01", "2024-03-01"),
      sub("a", 20, "2024-03-01", "2024-04-01"),
      sub("a", 80, "2024-06-01"),
      sub("b", 150, "2024-03-05", "2025-03-05", "quarter"),
      sub("c", 100, "2024-01-01", "2024-02-01"),
      sub("c", 100, "2024-03-01"),
    ],
  });
  const all = filterCustomers(p, NO_FILTERS);
  const at = (month: string) => monthMovements(p.mrr, all, monthToIndex(month));

  it("classifies every movement type with its amount", () => {
    const jan = at("2024-01");
    expect([jan.new.customers, toMrr(jan.new.units)]).toEqual([2, 200]);
    const feb = at("2024-02");
    expect(toMrr(feb.expansion.units)).toBe(50);
    expect([feb.churn.customers, toMrr(feb.churn.units)]).toEqual([1, 100]);
    const mar = at("2024-03");
    expect(toMrr(mar.contraction.units)).toBe(30);
    expect([mar.new.customers, toMrr(mar.new.units)]).toEqual([1, 50]);
    // c had MRR in January, before m-1 = February: a reactivation, not new
    expect([mar.reactivation.customers, toMrr(mar.reactivation.units)]).toEqual([1, 100]);
    expect([at("2024-04").churn.customers, toMrr(at("2024-04").churn.units)]).toEqual([1, 120]);
    expect(at("2024-05").churn.customers).toBe(0);
    expect([at("2024-06").reactivation.customers, toMrr(at("2024-06").reactivation.units)]).toEqual([1, 80]);
  });

  it("keeps the identity MRR(m) = MRR(m-1) + new + reactivation + expansion - contraction - churn in units", () => {
    for (let m = monthToIndex("2023-11"); m <= monthToIndex("2025-06"); m++) {
      const mv = monthMovements(p.mrr, all, m);
      const prev = sumUnits(mrrColumn(p.mrr, m - 1), all).units;
      const cur = sumUnits(mrrColumn(p.mrr, m), all).units;
      expect(cur).toBe(prev + mv.new.units + mv.reactivation.units + mv.expansion.units - mv.contraction.units - mv.churn.units);
    }
  });

  it("lists the customers behind a movement over a period", () => {
    expect(customersWithMovement(p, NO_FILTERS, { from: "2024-01", to: "2024-12" }, "reactivation")).toEqual([
      { customerId: "c", month: "2024-03", type: "reactivation", amount: 100 },
      { customerId: "a", month: "2024-06", type: "reactivation", amount: 80 },
    ]);
    expect(customersWithMovement(p, NO_FILTERS, { from: "2024-01", to: "2024-12" }, "churn").map((r) => r.customerId)).toEqual(["c", "a"]);
  });
});
