import { describe, expect, it } from "vitest";
import { divide, pct } from "./ratio";

describe("ratios", () => {
  it("are null on a zero denominator, never NaN or Infinity", () => {
    expect([divide(1, 0), pct(0, 0), divide(3, 4), pct(1, 8)]).toEqual([null, null, 0.75, 12.5]);
  });
});
