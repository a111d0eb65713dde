import { describe, expect, it } from "vitest";
import { parseCustomersQuery } from "./customers-query";

const parse = (query: string) => parseCustomersQuery(new URLSearchParams(query));

describe("parseCustomersQuery", () => {
  it("fills the defaults", () => {
    const r = parse("");
    expect(r.ok && r.value.drill).toMatchObject({
      status: "all",
      page: 1,
      pageSize: 50,
      movement: null,
      stuck: false,
      retentionCohort: false,
    });
  });

  it("reads every drill param", () => {
    const r = parse(
      "movement=churn&cohort=2024-03&status=active&retention_cohort=1&health=at_risk&stage=early_adoption&stuck=1&survey=promoter&q=%20acme%20&sort=arr&dir=asc&page=3&page_size=500&segment=SMB",
    );
    expect(r.ok && r.value).toMatchObject({
      filters: { segment: "SMB", csm: null, plan: null },
      drill: {
        movement: "churn",
        cohort: "2024-03",
        status: "active",
        retentionCohort: true,
        health: "at_risk",
        stage: "early_adoption",
        stuck: true,
        survey: "promoter",
        q: "acme",
        sort: "arr",
        dir: "asc",
        page: 3,
        pageSize: 500,
      },
    });
  });

  it("reads the drilled month beside the period", () => {
    const r = parse("from=2025-11&to=2026-10&month=2026-08&movement=churn");
    expect(r.ok && r.value).toMatchObject({ from: "2025-11", to: "2026-10", drill: { month: "2026-08", movement: "churn" } });
    expect(parse("movement=churn").ok && parse("movement=churn")).toMatchObject({ value: { drill: { month: null } } });
  });

  it("names the bad parameter", () => {
    for (const [query, param] of [
      ["page=abc", "page"],
      ["page=0", "page"],
      ["page_size=501", "page_size"],
      ["movement=foo", "movement"],
      ["cohort=2024-3", "cohort"],
      ["month=2024-3", "month"],
      ["health=sick", "health"],
      ["stage=limbo", "stage"],
      ["stuck=yes", "stuck"],
      ["sort=mrr2", "sort"],
      ["dir=up", "dir"],
      ["to=2024-13", "to"],
    ]) {
      const r = parse(query);
      expect(r.ok, query).toBe(false);
      if (!r.ok) {
        expect(r.param).toBe(param);
        expect(r.message).toContain(param);
      }
    }
  });
});
