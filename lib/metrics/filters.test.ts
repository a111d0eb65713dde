import { describe, expect, it } from "vitest";
import { csmList, filteredCustomerIds, groupBySegment, normalizeFilters, planList, segmentList } from "./filters";
import { customer, NO_FILTERS, prepare } from "./test-fixtures";

const p = prepare({
  customers: [
    customer("a", { segment: "SMB", csm: "Ana", plan: "Pro" }),
    customer("b", { segment: "Unassigned", csm: "Bo", plan: "Pro" }),
    customer("c", { segment: "Enterprise", csm: "Ana", plan: "Basic" }),
    customer("d", { segment: "Mid-market", csm: null, plan: null }),
    customer("e", { segment: "enterprise", csm: "ana" }),
  ],
});

describe("filters", () => {
  it("match the customer's own columns exactly and combine with AND", () => {
    expect(filteredCustomerIds(p, NO_FILTERS)).toEqual(["a", "b", "c", "d", "e"]);
    expect(filteredCustomerIds(p, { ...NO_FILTERS, csm: "Ana" })).toEqual(["a", "c"]);
    expect(filteredCustomerIds(p, { ...NO_FILTERS, csm: "Ana", plan: "Pro" })).toEqual(["a"]);
    expect(filteredCustomerIds(p, { ...NO_FILTERS, segment: "Unassigned" })).toEqual(["b"]);
    expect(filteredCustomerIds(p, { ...NO_FILTERS, segment: " Enterprise " })).toEqual(["c"]);
    expect(filteredCustomerIds(p, { ...NO_FILTERS, plan: "Nope" })).toEqual([]);
  });

  it("treat blank values as absent", () => {
    expect(normalizeFilters({ segment: " ", csm: " Ana ", plan: null })).toEqual({ segment: null, csm: "Ana", plan: null });
  });

  it("list segments in code-point order with Unassigned last, and csms and plans", () => {
    expect(segmentList(p)).toEqual(["Enterprise", "Mid-market", "SMB", "enterprise", "Unassigned"]);
    expect(csmList(p)).toEqual(["Ana", "Bo", "ana"]);
    expect(planList(p)).toEqual(["Basic", "Pro"]);
    expect(groupBySegment(p, Int32Array.of(0, 1, 2)).map((g) => g.length)).toEqual([1, 0, 1, 0, 1]);
  });
});
