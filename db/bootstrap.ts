import path from "node:path";
import { dataDir, migrateDatabase, openDatabase } from "./connection";
import { bootstrapAdmin } from "../db/auth/bootstrap-admin";
import { isDatabaseEmpty, seedDemo } from "./seed-demo";

/** What `npm start` does before serving: migrate, then load the demo into an empty database unless KEEL_DEMO=off. */
export async function bootstrapDatabase(): Promise<void> {
  const file = path.join(dataDir(), "keel.db");
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const demo = (process.env.KEEL_DEMO ?? "on").trim().toLowerCase() !== "off";
    if (demo && isDatabaseEmpty(db)) {
      const started = Date.now();
      await seedDemo(db);
      console.log(`[keel] Loaded the demo data set into ${file} in ${Date.now() - started} ms (KEEL_DEMO=off to start empty).`);
    } else {
      console.log(`[keel] Database ${file} is ready${demo ? "" : " (demo off)"}.`);
    }
    await bootstrapAdmin(db, { demoLoaded: demo && !isDatabaseEmpty(db) });
  } finally {
    db.$client.close();
  }
}
