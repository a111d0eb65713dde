import { describe, expect, it } from "vitest";
import { extent, niceTicks, tickDomain } from "./nice-ticks";

describe("niceTicks", () => {
  it("labels 0 when the range crosses it (the NPS axis read 40/25/10/-5/-20)", () => {
    // 60 over 4 gaps is 15: step 20 gives 3 gaps with no waste (25 also 3 gaps, but to 50), 10 gives 6.
    expect(niceTicks(-20, 40)).toEqual([-20, 0, 20, 40]);
    expect(niceTicks(-7, 38)).toEqual([-10, 0, 10, 20, 30, 40]);
    expect(niceTicks(-3.2, 12.5)).toContain(0);
  });

  it("uses steps of 1, 2, 2.5 or 5 times a power of ten and covers the range", () => {
    expect(niceTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0, 9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(1.3, 4.1)).toEqual([1, 2, 3, 4, 5]);
    expect(niceTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(120_000, 480_000)).toEqual([100_000, 200_000, 300_000, 400_000, 500_000]);
    // 25,000 and 50,000 are both one gap off 4; 25,000 wastes 16,000 of the axis, 50,000 wastes 41,000.
    expect(niceTicks(-48_000, 61_000)).toEqual([-50_000, -25_000, 0, 25_000, 50_000, 75_000]);
  });

  it("handles a flat, reversed or empty range", () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(50, 50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(10, -10)).toEqual([-10, -5, 0, 5, 10]);
    expect(niceTicks(NaN, 3)).toEqual([0, 1]);
  });

  it("gives the domain and extent of the data", () => {
    expect(tickDomain(niceTicks(-20, 40))).toEqual([-20, 40]);
    expect(extent([3, null, -2, undefined, 7])).toEqual([-2, 7]);
    expect(extent([null])).toEqual([0, 0]);
  });
});
