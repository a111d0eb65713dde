import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../db/connection";
import { expect, test } from "./fixtures";
import { ownPort, startServer, waitUntilServing } from "./support/spawn-server";

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** A migrated Keel database, changed by `alter` before the server sees it. */
function keelDatabase(file: string, alter: (sqlite: ReturnType<typeof openDatabase>["$client"]) => void = () => {}) {
  const db = openDatabase(file);
  migrateDatabase(db);
  alter(db.$client);
  db.$client.close();
}

const sha = (file: string) => (fs.existsSync(file) ? createHash("sha256").update(fs.readFileSync(file)).digest("hex") : null);

interface Case {
  name: string;
  prepare: (root: string) => { dataDir: string; uid?: number };
  line: RegExp;
}

const cases: Case[] = [
  {
    name: "a data folder that is a file",
    prepare: (root) => {
      fs.writeFileSync(path.join(root, "data"), "not a folder");
      return { dataDir: path.join(root, "data") };
    },
    line: /KEEL_DATA_DIR .*data is a file, not a folder: point KEEL_DATA_DIR at a folder/,
  },
  {
    name: "a data folder Keel cannot write",
    prepare: (root) => {
      fs.mkdirSync(path.join(root, "data"), { mode: 0o555 });
      return { dataDir: path.join(root, "data"), uid: asRoot ? NOBODY : undefined };
    },
    line: /Keel cannot write in its data folder .*data \(EACCES\): let the user running Keel write there/,
  },
  {
    name: "a keel.db Keel cannot read",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      keelDatabase(path.join(dataDir, "keel.db"));
      fs.chmodSync(path.join(dataDir, "keel.db"), 0o000);
      if (asRoot) fs.chownSync(dataDir, NOBODY, NOBODY);
      return { dataDir, uid: asRoot ? NOBODY : undefined };
    },
    line: /Keel cannot read and write its database .*keel\.db \(EACCES\)/,
  },
  {
    name: "a truncated keel.db",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      const file = path.join(dataDir, "keel.db");
      keelDatabase(file);
      fs.truncateSync(file, 8192);
      return { dataDir };
    },
    line: /keel\.db is truncated \(8192 of \d+ bytes\): restore it from a backup/,
  },
  {
    name: "a keel.db of random bytes",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      fs.writeFileSync(path.join(dataDir, "keel.db"), randomBytes(64 * 1024));
      return { dataDir };
    },
    line: /keel\.db is not a SQLite database \(damaged, or another file in its place\): restore it from a backup/,
  },
  {
    name: "a database whose user_version is above this Keel's",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      keelDatabase(path.join(dataDir, "keel.db"), (sqlite) => sqlite.pragma("user_version = 999"));
      return { dataDir };
    },
    line: /keel\.db was written by a newer version of Keel \(schema 999; this Keel knows up to \d+\): run that version/,
  },
  {
    name: "a database with a migration this Keel does not know",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      keelDatabase(path.join(dataDir, "keel.db"), (sqlite) =>
        sqlite.prepare("insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ?)").run(Date.UTC(2031, 0, 1)),
      );
      return { dataDir };
    },
    line: /keel\.db was written by a newer version of Keel \(it has a migration this Keel does not know, from 2031-01-01\)/,
  },
  {
    name: "a database with a renamed column",
    prepare: (root) => {
      const dataDir = path.join(root, "data");
      fs.mkdirSync(dataDir);
      keelDatabase(path.join(dataDir, "keel.db"), (sqlite) => sqlite.exec("alter table customers rename column signup_date to signed_up"));
      return { dataDir };
    },
    line: /keel\.db does not have the tables this Keel expects \(table customers has no column signup_date\)/,
  },
];

test.describe("a start that cannot use its data folder", () => {
  for (const [index, c] of cases.entries()) {
    test(`${c.name}: one line that says what to do, a non-zero exit, the file untouched`, async () => {
      test.setTimeout(60_000);
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "keel-start-"));
      fs.chmodSync(root, 0o755);
      try {
        const { dataDir, uid } = c.prepare(root);
        const file = path.join(dataDir, "keel.db");
        const before = fs.statSync(dataDir).isDirectory() ? sha(file) : null;
        const server = startServer(dataDir, ownPort(10 + index), {}, uid === undefined ? {} : { uid, gid: uid });
        const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 40_000))]);
        await server.stop("SIGKILL");
        const output = server.output();
        expect(code, output).not.toBe(0);
        expect(code, output).not.toBe("still running");
        const keelLines = output.split("\n").filter((line) => line.startsWith("[keel]"));
        expect(keelLines, output).toHaveLength(1);
        expect(keelLines[0], output).toMatch(/^\[keel\] Cannot start: /);
        expect(keelLines[0], output).toMatch(c.line);
        expect(output, "no stack trace").not.toMatch(/^\s+at /m);
        if (before !== null) expect(sha(file), "the database file is left as it was").toBe(before);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }

  test("a healthy data folder still starts, and keel.db with its -wal and -shm are readable by the owner only", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "keel-start-"));
    const server = startServer(path.join(root, "data"), ownPort(30));
    try {
      expect(await waitUntilServing(server), server.output()).toBe(true);
      for (const name of ["keel.db", "keel.db-wal", "keel.db-shm"]) {
        const file = path.join(root, "data", name);
        if (name === "keel.db" || fs.existsSync(file)) expect(fs.statSync(file).mode & 0o777, name).toBe(0o600);
      }
      expect(fs.statSync(path.join(root, "data")).mode & 0o077).toBe(0);
    } finally {
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
