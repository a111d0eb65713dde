import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type KeelDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function dataDir(): string {
  return path.resolve(process.env.KEEL_DATA_DIR ?? "./data");
}

export function migrationsFolder(): string {
  return path.resolve(process.cwd(), "db/migrations");
}

/**
 * Business data and password hashes: keel.db is created readable by its owner only, and SQLite gives
 * -wal and -shm the mode of keel.db. Files made before this are narrowed once.
 */
function ownerOnly(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    const stat = fs.statSync(f, { throwIfNoEntry: false });
    if (stat && stat.mode & 0o077 && stat.uid === process.getuid?.()) fs.chmodSync(f, stat.mode & 0o700);
  }
}

/** Opens (creating when missing) a Keel database file, tuned for one writer and many readers. */
export function openDatabase(file: string): KeelDb {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  ownerOnly(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as KeelDb;
}

export function migrateDatabase(db: KeelDb): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}

/** A migrated database in a fresh temporary folder, for tests and benchmarks. */
export function openTemporaryDatabase(): KeelDb {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "keel-test-"));
  const db = openDatabase(path.join(dir, "keel.db"));
  migrateDatabase(db);
  return db;
}
