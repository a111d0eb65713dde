import { describe, expect, it } from "vitest";
import { statTrend } from "./tile-trend";

const base = { spark: [1, 2], sparkColor: "#000", name: "X" };

describe("statTrend", () => {
  it("colours a fall of a lower-is-better count green, with the previous value", () => {
    expect(statTrend({ ...base, kind: "score", polarity: "lower_is_better", current: 3, previous: 5 })).toMatchObject({
      delta: "−2",
      tone: "good",
      previous: "5",
    });
  });
  it("gives money and durations as a relative change, rates in points", () => {
    expect(
      statTrend({ ...base, kind: "money", polarity: "lower_is_better", current: 12, previous: 10, format: (v) => `${v} h` }),
    ).toMatchObject({
      delta: "+20.0%",
      tone: "bad",
      previous: "10 h",
    });
    expect(statTrend({ ...base, kind: "percent", polarity: "higher_is_better", current: 81.25, previous: 80 })).toMatchObject({
      delta: "+1.3 pp",
      tone: "good",
    });
  });
  it("has no comparison without a previous period", () => {
    expect(statTrend({ ...base, kind: "score", polarity: "higher_is_better", current: 3, previous: undefined })).toMatchObject({
      delta: "—",
      tone: "none",
      previous: null,
    });
  });
});
