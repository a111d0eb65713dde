import "server-only";
import path from "node:path";
import { dataDir, migrateDatabase, openDatabase, type KeelDb } from "./connection";
import { fillMissingMrrFacts } from "./imports/mrr-facts";

const globalForDb = globalThis as unknown as { keelDb?: KeelDb };

/** The app's one database handle, migrated on first use. */
export function getDb(): KeelDb {
  if (!globalForDb.keelDb) {
    const db = openDatabase(path.join(dataDir(), "keel.db"));
    migrateDatabase(db);
    fillMissingMrrFacts(db);
    globalForDb.keelDb = db;
  }
  return globalForDb.keelDb;
}
