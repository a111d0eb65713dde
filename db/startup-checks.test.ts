import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./connection";
import { checkDatabaseFile, checkDataFolder, checkNotNewer, checkSchema, schemaVersion, startupLine, StartupError } from "./startup-checks";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "keel-checks-"));

function migrated(file: string) {
  const db = openDatabase(file);
  migrateDatabase(db);
  return db;
}

describe("start-up checks", () => {
  it("refuse a data folder that is a file", () => {
    const file = path.join(tmp(), "data");
    fs.writeFileSync(file, "x");
    expect(() => checkDataFolder(file)).toThrow(/is a file, not a folder/);
  });

  it("refuse random bytes and a truncated database, accept a missing or empty one", () => {
    const dir = tmp();
    const file = path.join(dir, "keel.db");
    expect(() => checkDatabaseFile(file)).not.toThrow();
    fs.writeFileSync(file, "");
    expect(() => checkDatabaseFile(file)).not.toThrow();
    fs.writeFileSync(file, randomBytes(4096));
    expect(() => checkDatabaseFile(file)).toThrow(/is not a SQLite database/);
    fs.rmSync(file);
    migrated(file).$client.close();
    expect(() => checkDatabaseFile(file)).not.toThrow();
    fs.truncateSync(file, 4096);
    expect(() => checkDatabaseFile(file)).toThrow(/is truncated \(4096 of \d+ bytes\)/);
  });

  it("refuse a database newer than the code, by user_version or by an unknown migration", () => {
    const db = migrated(path.join(tmp(), "keel.db"));
    expect(() => checkNotNewer(db, "keel.db")).not.toThrow();
    db.$client.pragma(`user_version = ${schemaVersion() + 1}`);
    expect(() => checkNotNewer(db, "keel.db")).toThrow(/newer version of Keel/);
    db.$client.pragma("user_version = 0");
    db.$client.prepare("insert into __drizzle_migrations (hash, created_at) values ('x', ?)").run(Date.UTC(2031, 0, 1));
    expect(() => checkNotNewer(db, "keel.db")).toThrow(/a migration this Keel does not know, from 2031-01-01/);
  });

  it("refuse a schema with a renamed column", () => {
    const db = migrated(path.join(tmp(), "keel.db"));
    expect(() => checkSchema(db, "keel.db")).not.toThrow();
    db.$client.exec("alter table subscriptions rename column amount to price");
    expect(() => checkSchema(db, "keel.db")).toThrow(/table subscriptions has no column amount/);
  });

  it("say any failure in one line", () => {
    expect(startupLine(new StartupError("x is wrong: fix it."), "keel.db")).toBe("[keel] Cannot start: x is wrong: fix it.");
    const corrupt = Object.assign(new Error("database disk image is malformed"), { code: "SQLITE_CORRUPT" });
    expect(startupLine(corrupt, "/d/keel.db")).toMatch(/^\[keel\] Cannot start: \/d\/keel\.db is damaged \(SQLITE_CORRUPT\): restore it/);
    expect(startupLine(new Error("two\nlines"), "keel.db")).toBe("[keel] Cannot start: two.");
  });
});
