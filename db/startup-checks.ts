import fs from "node:fs";
import { is } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { migrationsFolder, type KeelDb } from "./connection";
import * as schema from "./schema";
import { storageProblem } from "./storage-errors";

/** A start that cannot go on; its message is the one line `npm start` prints before exiting. */
export class StartupError extends Error {}

const SQLITE_MAGIC = "SQLite format 3\0";
const RESTORE = "restore it from a backup, or move it away to start with an empty database; Keel has left it as it is";

/** The data folder exists (or can be made) and this user can write in it. */
export function checkDataFolder(dir: string): void {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) {
    throw new StartupError(
      `KEEL_DATA_DIR ${dir} is a file, not a folder: point KEEL_DATA_DIR at a folder (or move that file away) and start again.`,
    );
  }
  try {
    if (!stat) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "EEXIST")
      throw new StartupError(`KEEL_DATA_DIR ${dir} lies inside a file, not a folder: point KEEL_DATA_DIR at a folder and start again.`);
    throw new StartupError(
      `Keel cannot ${stat ? "write in" : "create"} its data folder ${dir} (${code}): let the user running Keel write there (chown/chmod), or set KEEL_DATA_DIR to a folder it can write, and start again.`,
    );
  }
}

/** Before SQLite opens it: readable and writable, a SQLite file, and as long as its own header says. */
export function checkDatabaseFile(file: string): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isFile()) throw new StartupError(`${file} is not a file: move it away and start again.`);
  let header: Buffer;
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    const fd = fs.openSync(file, "r");
    try {
      header = Buffer.alloc(100);
      fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartupError(
      `Keel cannot read and write its database ${file} (${code}): let the user running Keel read and write it (chown/chmod), and start again.`,
    );
  }
  if (stat.size === 0) return;
  if (stat.size < 100 || header.toString("latin1", 0, 16) !== SQLITE_MAGIC) {
    throw new StartupError(`${file} is not a SQLite database (damaged, or another file in its place): ${RESTORE}.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const sizeValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (sizeValid && pages > 0 && stat.size < pages * pageSize) {
    throw new StartupError(`${file} is truncated (${stat.size} of ${pages * pageSize} bytes): ${RESTORE}.`);
  }
}

function migrations() {
  return readMigrationFiles({ migrationsFolder: migrationsFolder() });
}

/** This code's schema version: how many migrations it knows, kept in PRAGMA user_version. */
export function schemaVersion(): number {
  return migrations().length;
}

/** Refuses a database made by a newer Keel: a higher user_version, or a migration this code does not know. */
export function checkNotNewer(db: KeelDb, file: string): void {
  const sqlite = db.$client;
  const ours = migrations();
  const version = sqlite.pragma("user_version", { simple: true }) as number;
  const newer = `${file} was written by a newer version of Keel`;
  const what = "run that version (or newer), or restore a backup made with this one; Keel has left the database as it is";
  if (version > ours.length) throw new StartupError(`${newer} (schema ${version}; this Keel knows up to ${ours.length}): ${what}.`);
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!hasTable) return;
  const known = new Set(ours.map((m) => m.hash));
  const latest = Math.max(0, ...ours.map((m) => m.folderMillis));
  const applied = sqlite.prepare("select hash, created_at as createdAt from __drizzle_migrations").all() as {
    hash: string;
    createdAt: number;
  }[];
  const unknown = applied.find((m) => !known.has(m.hash) || Number(m.createdAt) > latest);
  if (unknown)
    throw new StartupError(
      `${newer} (it has a migration this Keel does not know, from ${new Date(Number(unknown.createdAt)).toISOString().slice(0, 10)}): ${what}.`,
    );
}

/** After migrating: records the schema version, written only when it changed. */
export function recordSchemaVersion(db: KeelDb): void {
  const version = schemaVersion();
  if ((db.$client.pragma("user_version", { simple: true }) as number) !== version) db.$client.pragma(`user_version = ${version}`);
}

/** Every table and column the code reads is there (a renamed column would otherwise start and then fail every page). */
export function checkSchema(db: KeelDb, file: string): void {
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const { name, columns } = getTableConfig(value);
    const present = new Set((db.$client.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => c.name));
    const missing = present.size === 0 ? null : columns.map((c) => c.name).find((c) => !present.has(c));
    if (present.size === 0 || missing) {
      throw new StartupError(
        `${file} does not have the tables this Keel expects (${present.size === 0 ? `table ${name} is missing` : `table ${name} has no column ${missing}`}): it was changed outside Keel; ${RESTORE}.`,
      );
    }
  }
}

/** Any failure of the start as one line that says what is wrong and what to do. */
export function startupLine(error: unknown, file: string): string {
  if (error instanceof StartupError) return `[keel] Cannot start: ${error.message}`;
  const code = String((error as { code?: unknown })?.code ?? "");
  const problem = storageProblem(error);
  if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") return `[keel] Cannot start: ${file} is damaged (${code}): ${RESTORE}.`;
  if (problem === "full") return `[keel] Cannot start: the disk that holds ${file} is full (${code}): free some space and start again.`;
  if (problem)
    return `[keel] Cannot start: Keel cannot use ${file} (${code}: ${(error as Error).message}): let the user running Keel read and write KEEL_DATA_DIR and its files, and start again.`;
  const message = error instanceof Error ? error.message : String(error);
  return `[keel] Cannot start: ${message.split("\n")[0]}${code ? ` (${code})` : ""}.`;
}
