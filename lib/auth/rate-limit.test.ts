import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows max hits per window per key, then refuses until the window passes", () => {
    const limiter = createRateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.hit("a", 0))).toEqual([true, true, true, false]);
    expect(limiter.hit("b", 0)).toBe(true);
    expect(limiter.hit("a", 999)).toBe(false);
    expect(limiter.hit("a", 1000)).toBe(true);
  });
  it("reset clears a key", () => {
    const limiter = createRateLimiter(1, 1000);
    limiter.hit("a", 0);
    limiter.reset("a");
    expect(limiter.hit("a", 1)).toBe(true);
  });
});
