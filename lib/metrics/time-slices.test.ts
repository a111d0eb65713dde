import { describe, expect, it } from "vitest";
import { sliceByTime } from "./time-slices";

describe("time slices", () => {
  it("keep startMs <= t < endMs of a sorted list", () => {
    const rows = [1, 5, 5, 9, 10, 12].map((t) => ({ t }));
    expect(sliceByTime(rows, (r) => r.t, 5, 10).map((r) => r.t)).toEqual([5, 5, 9]);
    expect(sliceByTime(rows, (r) => r.t, 13, 20)).toEqual([]);
  });
});
