import { describe, expect, it } from "vitest";
import { NO_DRILL } from "@/lib/metrics/customer-list-types";
import { customerList } from "@/lib/metrics/customer-list";
import { DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { customer, NO_FILTERS, prepare, sub } from "@/lib/metrics/test-fixtures";
import { customerListCsv, customerListFileName } from "./customer-list-csv";

const p = prepare({
  customers: [
    customer("a", { name: '=HYPERLINK("http://x")', segment: "Mid-Market", csm: "Ana" }),
    customer("b", { name: "Bolt, Inc.", segment: "Mid-Market" }),
  ],
  subscriptions: [sub("a", 100, "2024-01-01"), sub("b", 250.5, "2024-02-01")],
});
const period = { from: "2024-01", to: "2024-03" };

describe("customer list CSV", () => {
  it("writes every row with unrounded values, escaping formula-looking cells", () => {
    const list = customerList(p, period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS, NO_DRILL);
    list.customers[0].review = {
      customer_id: "b",
      reviewed_by: "Ana",
      reviewed_by_email: "ana@x.test",
      reviewed_at: "2024-04-01T10:00:00.000Z",
    };
    const lines = customerListCsv(list).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Customer ID,Name,Segment,Plan,CSM,Acquisition channel,Signup date,Status,MRR,ARR,Health score,Health band,Weakest factor,Current stage,Reviewed by,Reviewed at",
    );
    // Sorted by MRR, largest first: b (250.5), then a (100). No usage/tickets/surveys: score 40, watch.
    expect(lines[1]).toBe('b,"Bolt, Inc.",Mid-Market,,,,2020-01-01,active,250.5,3006,40,watch,usage,,Ana,2024-04-01T10:00:00.000Z');
    expect(lines[2].startsWith(`a,"'=HYPERLINK(""http://x"")",Mid-Market,,Ana,`)).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it("names the file after the period, filters and drill", () => {
    const list = customerList(p, period, { segment: "Mid-Market", csm: null, plan: null }, DEFAULT_HEALTH_SETTINGS, {
      ...NO_DRILL,
      health: "watch",
      renewal: 90,
    });
    expect(customerListFileName(list)).toBe("keel-customers-2024-01-2024-03-segment-mid-market-health-watch-renewing-90d.csv");
    expect(customerListFileName(customerList(p, period, NO_FILTERS, DEFAULT_HEALTH_SETTINGS, NO_DRILL))).toBe(
      "keel-customers-2024-01-2024-03.csv",
    );
  });
});
