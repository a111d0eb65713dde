import { describe, expect, it } from "vitest";
import { annualised, churnReadings, monthlyAverage, periodWindow } from "./rate-readings";

describe("monthlyAverage", () => {
  it("averages the months that have a rate", () => {
    expect(monthlyAverage([2, null, 4])).toBe(3);
    expect(monthlyAverage([1.5])).toBe(1.5);
    expect(monthlyAverage([null, null])).toBeNull();
    expect(monthlyAverage([])).toBeNull();
  });
});

describe("annualised", () => {
  it("compounds a monthly rate over twelve months", () => {
    // 0.99^12 = 0.886384871..., so 1%/mo keeps 88.64% of the base: 11.36% a year, not 12%.
    expect(annualised(1)).toBeCloseTo(11.361512828, 8);
    // 0.97^12 = 0.693842360995...
    expect(annualised(3)).toBeCloseTo(30.6157639, 6);
    expect(annualised(0)).toBe(0);
    expect(annualised(100)).toBe(100);
  });

  it("reads negative (net) churn as growth, and null as null", () => {
    // 1.01^12 = 1.126825030...
    expect(annualised(-1)).toBeCloseTo(-12.682503013, 8);
    expect(annualised(null)).toBeNull();
  });
});

describe("churnReadings and periodWindow", () => {
  it("annualises the monthly average", () => {
    expect(churnReadings([0.5, 1.5, null])).toEqual({ monthly_avg: 1, annualised: annualised(1) });
    expect(churnReadings([null])).toEqual({ monthly_avg: null, annualised: null });
    expect(periodWindow(12)).toBe("over 12 mo");
  });
});
