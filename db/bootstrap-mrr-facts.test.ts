import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { bootstrapDatabase } from "./bootstrap";
import { migrateDatabase, openDatabase } from "./connection";
import { importCsv } from "./imports/import-csv";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bootstrap-facts-"));
const file = path.join(dir, "keel.db");
const sha = () => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const facts = () => {
  const db = openDatabase(file);
  try {
    return db.$client.prepare("SELECT customer_id, month, mrr_units, movement, active FROM customer_mrr_facts ORDER BY 1, 2").raw().all();
  } finally {
    db.$client.close();
  }
};

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("bootstrapDatabase and the MRR facts", () => {
  it("fills the facts of a database imported before they existed, once", async () => {
    const db = openDatabase(file);
    migrateDatabase(db);
    for (const [kind, input] of [
      ["customers", "customer_id,name,signup_date\nC-1,Acme,2024-01-01\n"],
      ["subscriptions", "subscription_id,customer_id,amount,start_date,end_date\nS-1,C-1,100,2024-01-01,2024-03-01\n"],
    ] as const) {
      expect((await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input })).ok).toBe(true);
    }
    // As a database from before migration 0005 would be once migrated: the table, without its rows.
    db.$client.exec("DELETE FROM customer_mrr_facts");
    db.$client.close();

    vi.stubEnv("KEEL_DATA_DIR", dir);
    vi.stubEnv("KEEL_DEMO", "off");
    vi.stubEnv("ADMIN_EMAIL", "");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    await bootstrapDatabase();
    expect(lines.some((l) => /^\[keel\] Computed the MRR facts of 1 customer in \d+ ms/.test(l))).toBe(true);
    expect(facts()).toEqual([
      ["C-1", "2024-01", 12_000_000, "new", 1],
      ["C-1", "2024-03", 0, "churn", 0],
    ]);

    const filled = sha();
    lines.length = 0;
    await bootstrapDatabase();
    expect(sha()).toBe(filled);
    expect(lines.some((l) => l.includes("MRR facts"))).toBe(false);
  });
});
