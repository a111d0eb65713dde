import { describe, expect, it } from "vitest";
import { scopedRows, sliceByTime } from "./time-slices";
import { customer, prepare } from "./test-fixtures";

describe("time slices", () => {
  it("keep startMs <= t < endMs of a sorted list", () => {
    const rows = [1, 5, 5, 9, 10, 12].map((t) => ({ t }));
    expect(sliceByTime(rows, (r) => r.t, 5, 10).map((r) => r.t)).toEqual([5, 5, 9]);
    expect(sliceByTime(rows, (r) => r.t, 13, 20)).toEqual([]);
  });

  it("rows without a customer count only without a filter", () => {
    const p = prepare({ customers: [customer("a"), customer("b")] });
    const rows = ["a", "none", "b", "unknown"];
    const owner = Int32Array.of(0, -1, 1, -1);
    expect(scopedRows(rows, owner, p, Int32Array.of(1), false)).toEqual(rows);
    expect(scopedRows(rows, owner, p, Int32Array.of(1), true)).toEqual(["b"]);
  });
});
