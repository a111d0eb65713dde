import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { parseBacktestQuery } from "./backtest-query";

const parse = (qs: string) => parseBacktestQuery(new URLSearchParams(qs), DEFAULT_HEALTH_SETTINGS);

describe("parseBacktestQuery", () => {
  it("uses the Settings when no weight is given", () => {
    expect(parse("")).toEqual({ ok: true, value: DEFAULT_HEALTH_SETTINGS });
  });
  it("replaces the weights given, by name or as a list, and the band edges", () => {
    const r = parse("usage=10&weights=support:0,mrr_trend:5&healthy_min=60");
    expect(r).toEqual({
      ok: true,
      value: {
        ...DEFAULT_HEALTH_SETTINGS,
        healthyMin: 60,
        weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage: 10, support: 0, mrr_trend: 5 },
      },
    });
    expect(parse('weights={"sentiment":1}')).toMatchObject({ ok: true, value: { weights: { sentiment: 1, usage: 40 } } });
  });
  it("names the parameter to fix", () => {
    expect(parse("usage=abc")).toMatchObject({ ok: false, param: "usage" });
    expect(parse("support=200")).toMatchObject({ ok: false, param: "support" });
    expect(parse("weights=speed:3")).toMatchObject({ ok: false, param: "weights" });
    expect(parse("usage=0&support=0&sentiment=0")).toMatchObject({ ok: false, param: "weights" });
    expect(parse("watch_min=90")).toMatchObject({ ok: false, param: "watch_min" });
  });
});
