import { describe, expect, it } from "vitest";
import { filterQueryString, parseMetricsQuery, resolvePeriod, viewQueryString } from "./metrics-query";

const parse = (query: string) => parseMetricsQuery(new URLSearchParams(query));

describe("parseMetricsQuery bounds", () => {
  it("accepts 120 months within 1900-2100", () => {
    expect(parse("from=2015-01&to=2024-12")).toMatchObject({ ok: true, value: { from: "2015-01", to: "2024-12" } });
    expect(parse("from=1900-01&to=1909-12").ok).toBe(true);
    expect(parse("from=2091-01&to=2100-12").ok).toBe(true);
  });

  it("refuses a longer period, naming from", () => {
    const r = parse("from=2015-01&to=2025-01");
    expect(r).toMatchObject({ ok: false, param: "from" });
    expect(!r.ok && r.message).toMatch(/121 months; ask for at most 120/);
    expect(parse("from=0001-01&to=9998-12")).toMatchObject({ ok: false, param: "from" });
  });

  it("refuses years outside 1900-2100, naming the parameter", () => {
    expect(parse("to=9999-12")).toMatchObject({ ok: false, param: "to", message: "to must be a month between 1900-01 and 2100-12" });
    expect(parse("from=1899-12")).toMatchObject({ ok: false, param: "from" });
    expect(parse("to=2101-01")).toMatchObject({ ok: false, param: "to" });
  });

  it("still refuses malformed months and a reversed period", () => {
    expect(parse("to=2024-13")).toMatchObject({ ok: false, param: "to" });
    expect(parse("from=")).toMatchObject({ ok: false, param: "from" });
    expect(parse("from=2024-05&to=2024-01")).toMatchObject({ ok: false, param: "from" });
  });

  it("reads blank filters as none", () => {
    expect(parse("segment=&csm=%20")).toMatchObject({ ok: true, value: { filters: { segment: null, csm: null, plan: null } } });
  });
});

describe("resolvePeriod", () => {
  it("caps a period given by its start alone at 120 months", () => {
    expect(resolvePeriod({ from: "1900-01", to: null }, { from: "2024-01", to: "2024-12" })).toEqual({ from: "1900-01", to: "1909-12" });
    expect(resolvePeriod({ from: "2024-03", to: null }, { from: "2024-01", to: "2024-12" })).toEqual({ from: "2024-03", to: "2024-12" });
  });
});

describe("filterQueryString and viewQueryString", () => {
  it("keep only the period and filters, in one order, blanks dropped", () => {
    expect(filterQueryString(new URLSearchParams("plan=Pro&movement=churn&to=2024-12&segment=&from=2024-01"))).toBe(
      "from=2024-01&to=2024-12&plan=Pro",
    );
    expect(viewQueryString({ from: "2024-01", to: "2024-12" }, { segment: "SMB", csm: null, plan: "Pro" })).toBe(
      "from=2024-01&to=2024-12&segment=SMB&plan=Pro",
    );
  });
});
