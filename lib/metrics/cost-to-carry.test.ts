import { describe, expect, it } from "vitest";
import { monthToIndex } from "@/lib/domain/months";
import type { Filters } from "@/lib/domain/types";
import { costToServe, filteredMonthCosts, retentionCost, salesMarketing, segmentMonthCost } from "./cost-to-carry";
import { filterCustomers } from "./filters";
import { mrrColumn } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { cost, customer, NO_FILTERS, prepare, sub } from "./test-fixtures";

const p = prepare({
  customers: [
    customer("s1", { segment: "SMB", csm: "Ana" }),
    customer("s2", { segment: "SMB" }),
    customer("s3", { segment: "SMB" }),
    customer("e1", { segment: "Enterprise", csm: "Ana" }),
    customer("u1", { segment: "Unassigned" }),
  ],
  subscriptions: ["s1", "s2", "s3", "e1"].map((id) => sub(id, 100, "2024-01-01")),
  costs: [
    cost("2024-03", "customer_success", 400),
    cost("2024-03", "support", 50, "Enterprise"),
    cost("2024-03", "product", 70, "Mid"),
    cost("2024-03", "sales_marketing", 800),
    cost("2023-12", "support", 90),
    cost("2023-12", "product", 30, "SMB"),
  ],
});

/** What a metrics request passes: active filtered customers per segment in the month. */
function monthCosts(q: PreparedDataset, month: string, filters: Filters) {
  const m = monthToIndex(month);
  const col = mrrColumn(q.mrr, m);
  const active = new Int32Array(q.segments.length);
  for (const c of filterCustomers(q, filters)) if (col[c] > 0) active[q.customerSegment[c]]++;
  return filteredMonthCosts(q, m, filters, active);
}
const seg = (name: string) => p.segmentIndex.get(name)!;

describe("cost allocation", () => {
  it("splits a blank-segment row over segments by active customers of all customers", () => {
    expect(Array.from(segmentMonthCost(p, monthToIndex("2024-03"), "SMB"))).toEqual([300, 0, 0, 600, 0]);
    expect(Array.from(segmentMonthCost(p, monthToIndex("2024-03"), "Enterprise"))).toEqual([100, 50, 0, 200, 0]);
    expect(Array.from(segmentMonthCost(p, monthToIndex("2024-03"), "Unassigned"))).toEqual([0, 0, 0, 0, 0]);
  });

  it("without a filter every row counts, segment rows get their allocation", () => {
    const c = monthCosts(p, "2024-03", NO_FILTERS);
    expect(costToServe(c.total)).toBe(520);
    expect(salesMarketing(c.total)).toBe(800);
    expect(costToServe(c.bySegment[seg("SMB")])).toBe(300);
    expect(costToServe(c.bySegment[seg("Enterprise")])).toBe(150);
  });

  it("a segment filter takes its tagged rows and its share of blank rows, whatever the filter's customers", () => {
    const c = monthCosts(p, "2024-03", { ...NO_FILTERS, segment: "Enterprise" });
    expect([costToServe(c.total), retentionCost(c.total), salesMarketing(c.total)]).toEqual([150, 150, 200]);
    expect(costToServe(monthCosts(p, "2024-03", { ...NO_FILTERS, segment: "Mid" }).total)).toBe(70);
  });

  it("a csm filter takes per-head shares of each segment's cost", () => {
    const c = monthCosts(p, "2024-03", { ...NO_FILTERS, csm: "Ana" });
    expect(costToServe(c.total)).toBe(250); // 300 / 3 + 150 / 1
    expect(salesMarketing(c.total)).toBe(400); // 600 / 3 + 200 / 1
    expect(costToServe(c.bySegment[seg("SMB")])).toBe(100);
  });

  it("blank rows of a month without active customers stay unallocated; tagged rows stay whole", () => {
    expect(costToServe(monthCosts(p, "2023-12", NO_FILTERS).total)).toBe(120);
    expect(costToServe(monthCosts(p, "2023-12", { ...NO_FILTERS, segment: "SMB" }).total)).toBe(30);
    expect(costToServe(monthCosts(p, "2023-12", { ...NO_FILTERS, segment: "Enterprise" }).total)).toBe(0);
    expect(costToServe(monthCosts(p, "2023-12", { ...NO_FILTERS, csm: "Ana" }).total)).toBe(0);
  });
});
