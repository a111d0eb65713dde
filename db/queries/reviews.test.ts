import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";

vi.mock("server-only", () => ({}));
const { latestReviews, markReviewed, reviewsOf } = await import("./reviews");

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const ana = { id: "u1", name: "Ana", email: "ana@keel.test" };
const bo = { id: "u2", name: "", email: "bo@keel.test" };

describe("customer reviews", () => {
  it("stores who marked a customer reviewed and when, newest first", () => {
    expect(markReviewed(db, "C-1", ana, Date.UTC(2026, 9, 1, 9))).toEqual({
      customer_id: "C-1",
      reviewed_by: "Ana",
      reviewed_by_email: "ana@keel.test",
      reviewed_at: "2026-10-01T09:00:00.000Z",
    });
    markReviewed(db, "C-1", bo, Date.UTC(2026, 9, 3));
    markReviewed(db, "C-2", ana, Date.UTC(2026, 9, 2));
    // A user without a name is shown by email.
    expect(reviewsOf(db, "C-1").map((r) => [r.reviewed_by, r.reviewed_at])).toEqual([
      ["bo@keel.test", "2026-10-03T00:00:00.000Z"],
      ["Ana", "2026-10-01T09:00:00.000Z"],
    ]);
    const latest = latestReviews(db);
    expect([...latest.keys()].sort()).toEqual(["C-1", "C-2"]);
    expect(latest.get("C-1")!.reviewed_by_email).toBe("bo@keel.test");
    expect(reviewsOf(db, "C-3")).toEqual([]);
  });
});
