import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { lastDayOf, nextRenewalDate, renewalWindowSums, upcomingRenewals } from "./renewals";
import { customerList } from "./customer-list";
import { NO_DRILL } from "./customer-list-types";
import { customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

describe("nextRenewalDate: the first start + k whole terms strictly after today", () => {
  it("adds whole quarters and years from the start", () => {
    expect(nextRenewalDate("2024-02-15", "quarter", "2024-03-31")).toBe("2024-05-15");
    expect(nextRenewalDate("2024-02-15", "quarter", "2024-05-14")).toBe("2024-05-15");
    expect(nextRenewalDate("2021-06-10", "year", "2024-03-31")).toBe("2024-06-10");
  });
  it("is strictly after today: a renewal falling on today is the next term's", () => {
    expect(nextRenewalDate("2024-02-15", "quarter", "2024-05-15")).toBe("2024-08-15");
    expect(nextRenewalDate("2023-03-31", "year", "2024-03-31")).toBe("2025-03-31");
  });
  it("takes a month-end start to the target month's last day, counting every term from the start", () => {
    // Jan 31 + 1 quarter = Apr 30; + 2 quarters = Jul 31 (not Jul 30); + 3 = Oct 31
    expect(nextRenewalDate("2024-01-31", "quarter", "2024-02-29")).toBe("2024-04-30");
    expect(nextRenewalDate("2024-01-31", "quarter", "2024-04-30")).toBe("2024-07-31");
    expect(nextRenewalDate("2024-01-31", "quarter", "2024-08-31")).toBe("2024-10-31");
    // Nov 30 + 1 quarter = Feb 28 (2023) / Feb 29 (2024)
    expect(nextRenewalDate("2022-11-30", "quarter", "2023-01-31")).toBe("2023-02-28");
    expect(nextRenewalDate("2023-11-30", "quarter", "2024-01-31")).toBe("2024-02-29");
    // A leap day's yearly renewals: Feb 28 in common years, Feb 29 again in 2028
    expect(nextRenewalDate("2024-02-29", "year", "2024-12-31")).toBe("2025-02-28");
    expect(nextRenewalDate("2024-02-29", "year", "2027-03-01")).toBe("2028-02-29");
  });
  it("gives the first renewal one term after a start in the same month as today", () => {
    expect(nextRenewalDate("2024-03-31", "quarter", "2024-03-31")).toBe("2024-06-30");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2023-12")).toBe("2023-12-31");
  });
});

describe("upcomingRenewals", () => {
  // Today = 2024-03-31.
  const p = prepare({
    customers: [customer("a", { name: "Acme", csm: "Ana" }), customer("b", { name: "Bolt" }), customer("c"), customer("d"), customer("e")],
    subscriptions: [
      sub("a", 1200, "2023-04-15", null, "year"), // renews 2024-04-15: 15 days, ARR 1,200
      sub("a", 100, "2023-01-01"), // monthly: never listed
      sub("b", 900, "2024-01-31", null, "quarter"), // renews 2024-04-30: 30 days, ARR 3,600
      sub("c", 300, "2023-12-31", null, "quarter"), // renews 2024-06-30: 91 days, outside 90
      sub("d", 600, "2023-05-20", "2024-05-20", "year"), // ends on its renewal date: not renewing
      sub("e", 450, "2024-02-10", null, "quarter"), // renews 2024-05-10: 40 days
    ],
  });
  const all = Int32Array.from([0, 1, 2, 3, 4]);

  it("lists term subscriptions renewing within the window, soonest first, with ARR and health", () => {
    const rows = upcomingRenewals(p, all, "2024-03", 90, DEFAULT_HEALTH_SETTINGS);
    expect(rows.map((r) => [r.customer_id, r.renewal_date, r.days_until, r.renewal_arr])).toEqual([
      ["a", "2024-04-15", 15, 1200],
      ["b", "2024-04-30", 30, 3600],
      ["e", "2024-05-10", 40, 1800],
    ]);
    // a's whole ARR: 1,200 + 12 x 100; no usage, tickets or surveys: 0 x 40 + 100 x 20 + 50 x 40 = 40
    expect(rows[0]).toMatchObject({ name: "Acme", csm: "Ana", arr: 2400, billing_period: "year", health_score: 40, health_band: "watch" });
  });

  it("narrows to 30 days inclusive and to the given customers", () => {
    expect(upcomingRenewals(p, all, "2024-03", 30, DEFAULT_HEALTH_SETTINGS).map((r) => r.customer_id)).toEqual(["a", "b"]);
    expect(upcomingRenewals(p, Int32Array.from([1]), "2024-03", 60, DEFAULT_HEALTH_SETTINGS).map((r) => r.customer_id)).toEqual(["b"]);
  });

  it("drills the customer list to the customers renewing within the window, soonest first", () => {
    const list = customerList(p, { from: "2023-04", to: "2024-03" }, NO_FILTERS, DEFAULT_HEALTH_SETTINGS, { ...NO_DRILL, renewal: 60 });
    expect(list.customers.map((r) => [r.customer_id, r.renewal_date, r.days_until_renewal, r.renewal_arr])).toEqual([
      ["a", "2024-04-15", 15, 1200],
      ["b", "2024-04-30", 30, 3600],
      ["e", "2024-05-10", 40, 1800],
    ]);
    expect([list.drill.sort, list.drill.dir, list.drill.renewal, list.totals.renewal_arr]).toEqual(["renewal_date", "asc", 60, 6600]);
  });
});

describe("renewalWindowSums", () => {
  const row = (days_until: number, renewal_arr: number, health_band: "healthy" | "at_risk") =>
    ({ days_until, renewal_arr, health_band }) as Parameters<typeof renewalWindowSums>[0][number];

  it("counts and sums each window's renewals, and the part at risk", () => {
    const rows = [row(3, 1200, "at_risk"), row(30, 600, "healthy"), row(31, 2400, "at_risk"), row(90, 100, "healthy")];
    expect(renewalWindowSums(rows)).toEqual([
      { days: 30, count: 2, arr: 1800, arr_at_risk: 1200 },
      { days: 60, count: 3, arr: 4200, arr_at_risk: 3600 },
      { days: 90, count: 4, arr: 4300, arr_at_risk: 3600 },
    ]);
  });
});
