/** `npm run bench`: the import fuzz property of db/imports/import-fuzz.test.ts with many more runs (KEEL_FUZZ_RUNS, KEEL_FUZZ_SEED). */
import { openTemporaryDatabase } from "../../db/connection";
import { fuzzImport } from "../../db/imports/import-fuzz";

export async function benchFuzz(): Promise<void> {
  const numRuns = Number(process.env.KEEL_FUZZ_RUNS ?? 2000);
  const seed = Number(process.env.KEEL_FUZZ_SEED ?? Date.now() % 2 ** 31);
  console.log("\n== Import fuzz ==");
  const db = openTemporaryDatabase();
  const started = Date.now();
  try {
    const tally = await fuzzImport(db, { seed, numRuns });
    const rejected = Object.entries(tally.byStatus)
      .map(([status, n]) => `${n} x ${status}`)
      .join(", ");
    console.log(
      `import fuzz: ${numRuns} random uploads (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.ok} imported, ${rejected || "none"} rejected with a message and nothing written; no 5xx, no throw`,
    );
  } finally {
    db.$client.close();
  }
}
