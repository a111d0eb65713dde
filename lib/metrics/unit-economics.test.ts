import { describe, expect, it } from "vitest";
import { emptyMovementTotals } from "./movements";
import { arpa, cac, cltv, customerLifetimeMonths, expansionShare, isReferral, ltvToCac, referralRate } from "./unit-economics";

describe("unit economics", () => {
  it("ARPA = MRR / active customers, null without customers", () => {
    expect(arpa(3 * 120_000 * 100, 4)).toBe(75);
    expect(arpa(0, 0)).toBeNull();
  });

  it("customer lifetime = 100 / mean of the non-null monthly logo churn rates", () => {
    expect(customerLifetimeMonths([5, null, 0, 15])).toBe(15); // mean (5 + 0 + 15) / 3
    expect(customerLifetimeMonths([null, null])).toBeNull();
    expect(customerLifetimeMonths([0, 0])).toBeNull();
    expect(customerLifetimeMonths([])).toBeNull();
  });

  it("CLTV, CAC and LTV:CAC with their null cases", () => {
    expect(cltv(75, 20)).toBe(1500);
    expect(cltv(null, 20)).toBeNull();
    expect(cltv(75, null)).toBeNull();
    expect(cac(900, 3)).toBe(300);
    expect(cac(900, 0)).toBeNull();
    expect(cac(0, 3)).toBe(0);
    expect(ltvToCac(1500, 300)).toBe(5);
    expect(ltvToCac(1500, 0)).toBeNull();
    expect(ltvToCac(null, 300)).toBeNull();
    expect(ltvToCac(1500, null)).toBeNull();
  });

  it("expansion share uses amounts", () => {
    const m = emptyMovementTotals();
    expect(expansionShare(m)).toBeNull();
    m.new.units = 300;
    m.reactivation.units = 100;
    m.expansion.units = 100;
    m.churn.units = 999;
    expect(expansionShare(m)).toBe(20);
  });

  it("referral is case-insensitive", () => {
    expect(["Referral", "REFERRAL", " referral ", "referrals", null].map(isReferral)).toEqual([true, true, true, false, false]);
    expect(referralRate({ count: 4, referrals: 1 })).toBe(25);
    expect(referralRate({ count: 0, referrals: 0 })).toBeNull();
  });
});
