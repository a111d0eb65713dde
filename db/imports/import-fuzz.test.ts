import { describe, expect, it } from "vitest";
import { openTemporaryDatabase } from "../connection";
import { fuzzImport } from "./import-fuzz";

describe("the import under random files (fast-check, fixed seed)", () => {
  it("answers every upload with a 200 or a 4xx with words, and writes nothing on a 4xx", async () => {
    const db = openTemporaryDatabase();
    try {
      const tally = await fuzzImport(db, { seed: 20261202, numRuns: 150 });
      expect(tally.ok + Object.values(tally.byStatus).reduce((a, b) => a + b, 0)).toBe(150);
      expect(tally.ok).toBeGreaterThan(0);
    } finally {
      db.$client.close();
    }
  }, 120_000);
});
