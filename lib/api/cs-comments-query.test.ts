import { describe, expect, it } from "vitest";
import { csCommentsQuerySchema } from "./cs-comments-query";

const parse = (query: Record<string, string>) => csCommentsQuerySchema.safeParse(query);

describe("the query of GET /api/dashboards/cs/comments", () => {
  it("takes the period and filters, a trimmed search and a page, with defaults", () => {
    expect(parse({})).toEqual({
      success: true,
      data: { from: null, to: null, filters: { segment: null, csm: null, plan: null }, q: null, offset: 0, limit: 50 },
    });
    expect(parse({ from: "2026-01", to: "2026-03", segment: "SMB", q: "  slow  ", offset: "100", limit: "200" }).data).toEqual({
      from: "2026-01",
      to: "2026-03",
      filters: { segment: "SMB", csm: null, plan: null },
      q: "slow",
      offset: 100,
      limit: 200,
    });
    expect(parse({ q: "   ", offset: "", limit: "" }).data).toMatchObject({ q: null, offset: 0, limit: 50 });
  });

  it("refuses a bad page or period, naming the parameter", () => {
    for (const [query, param] of [
      [{ limit: "201" }, "limit"],
      [{ limit: "0" }, "limit"],
      [{ limit: "ten" }, "limit"],
      [{ offset: "-1" }, "offset"],
      [{ offset: "1.5" }, "offset"],
      [{ q: "x".repeat(201) }, "q"],
      [{ from: "2026-05", to: "2026-01" }, "from"],
    ] as const) {
      const parsed = parse(query);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path[0]).toBe(param);
    }
  });
});
