import { describe, expect, it } from "vitest";
import { mean, median, medianInPlace, pct, percentile, percentileInPlace } from "./stats";

describe("median", () => {
  it("is null for nothing", () => expect(median([])).toBeNull());
  it("takes the middle of an odd count", () => expect(median([3, 1, 2])).toBe(2));
  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 0])).toBe(5);
  });
  it("sorts numerically and leaves the input alone", () => {
    const xs = [10, 9, 100, 2];
    expect(median(xs)).toBe(9.5);
    expect(xs).toEqual([10, 9, 100, 2]);
  });
});

describe("percentile (type 7, p on 0..100)", () => {
  it("is null for nothing", () => expect(percentile([], 90)).toBeNull());
  it("interpolates linearly between closest ranks", () => {
    expect(percentile([20, 0, 10], 90)).toBe(18);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1, 12);
    expect(percentile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
  it("gives min at 0, max at 100, median at 50, the value for a single item", () => {
    expect(percentile([5, 1, 3], 0)).toBe(1);
    expect(percentile([5, 1, 3], 100)).toBe(5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([7], 90)).toBe(7);
  });
  it("rejects p outside 0..100", () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });
});

describe("mean and pct", () => {
  it("mean", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 4])).toBe(7 / 3);
  });
  it("pct is null on a zero denominator", () => {
    expect(pct(0, 0)).toBeNull();
    expect(pct(1, 3)).toBe(100 / 3);
  });
});

describe("linear-time median and percentile", () => {
  it("agree with the sorting versions on random data, odd and even counts, with ties", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const n of [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000]) {
      const values = Array.from({ length: n }, () => Math.floor(random() * 50) / 4);
      expect(medianInPlace(Float64Array.from(values))).toBe(median(values));
      for (const p of [0, 10, 50, 90, 99, 100]) {
        expect(percentileInPlace(Float64Array.from(values), p)).toBe(percentile(values, p));
      }
    }
    expect(medianInPlace(new Float64Array())).toBeNull();
    expect(percentileInPlace(Float64Array.of(5, 5, 5), 90)).toBe(5);
  });
});
