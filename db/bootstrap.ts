import path from "node:path";
import { dataDir, migrateDatabase, openDatabase } from "./connection";
import { bootstrapAdmin } from "../db/auth/bootstrap-admin";
import { fillMissingMrrFacts, refreshPendingMrrFacts } from "./imports/mrr-facts";
import { refreshEventSnapshots } from "./queries/event-snapshots";
import { isDatabaseEmpty, seedDemo } from "./seed-demo";
import { checkDatabaseFile, checkDataFolder, checkNotNewer, checkSchema, recordSchemaVersion } from "./startup-checks";

/**
 * What `npm start` does before serving: check the data folder and the database (a StartupError
 * says what is wrong), migrate, then load the demo into an empty database unless KEEL_DEMO=off.
 */
export async function bootstrapDatabase(): Promise<void> {
  const dir = dataDir();
  checkDataFolder(dir);
  const file = path.join(dir, "keel.db");
  checkDatabaseFile(file);
  const db = openDatabase(file);
  try {
    checkNotNewer(db, file);
    migrateDatabase(db);
    checkSchema(db, file);
    recordSchemaVersion(db);
    const factsStarted = Date.now();
    const filled = fillMissingMrrFacts(db);
    if (filled > 0) {
      console.log(
        `[keel] Computed the MRR facts of ${filled} customer${filled === 1 ? "" : "s"} in ${Date.now() - factsStarted} ms (data imported before they existed, or left pending by a stopped import).`,
      );
    }
    const demo = (process.env.KEEL_DEMO ?? "on").trim().toLowerCase() !== "off";
    if (demo && isDatabaseEmpty(db)) {
      const started = Date.now();
      await seedDemo(db);
      refreshPendingMrrFacts(db);
      console.log(`[keel] Loaded the demo data set into ${file} in ${Date.now() - started} ms (KEEL_DEMO=off to start empty).`);
    } else {
      console.log(`[keel] Database ${file} is ready${demo ? "" : " (demo off)"}.`);
    }
    const snapshotsStarted = Date.now();
    const snapshots = refreshEventSnapshots(db);
    if (snapshots.length > 0) {
      console.log(`[keel] Wrote the column snapshots of ${snapshots.join(", ")} in ${Date.now() - snapshotsStarted} ms.`);
    }
    await bootstrapAdmin(db, { demoLoaded: demo && !isDatabaseEmpty(db) });
  } finally {
    db.$client.close();
  }
}
