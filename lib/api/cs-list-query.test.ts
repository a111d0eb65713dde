import { describe, expect, it } from "vitest";
import { csListQuerySchema } from "./cs-list-query";

const parse = (query: Record<string, string>) => csListQuerySchema.safeParse(query);

describe("the query of GET /api/dashboards/cs/renewals and /at-risk", () => {
  it("takes the period and filters and a page, with defaults", () => {
    expect(parse({})).toEqual({
      success: true,
      data: { from: null, to: null, filters: { segment: null, csm: null, plan: null }, offset: 0, limit: 50 },
    });
    expect(parse({ from: "2026-01", to: "2026-03", csm: "Ana", offset: "100", limit: "200" }).data).toEqual({
      from: "2026-01",
      to: "2026-03",
      filters: { segment: null, csm: "Ana", plan: null },
      offset: 100,
      limit: 200,
    });
  });

  it("refuses a bad page", () => {
    const bad: Record<string, string>[] = [{ limit: "201" }, { limit: "0" }, { offset: "-1" }, { offset: "1.5" }];
    for (const query of bad) expect(parse(query).success).toBe(false);
  });
});
