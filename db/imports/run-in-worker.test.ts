import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type KeelDb } from "../connection";
import { getDataVersion, getKindVersions } from "../data-version";
import type { ImportJob } from "./import-job";
import { importInWorker, undoInWorker, WriteConflict } from "./run-in-worker";
import { queueWrite } from "./write-queue";

let dir: string;
let db: KeelDb;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-worker-test-"));
  db = openDatabase(path.join(dir, "keel.db"));
  migrateDatabase(db);
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function job(kind: ImportJob["kind"], name: string, text: string): ImportJob {
  const filePath = path.join(dir, name);
  fs.writeFileSync(filePath, text);
  return { dbFile: path.join(dir, "keel.db"), kind, fileName: name, userEmail: "admin@keel.test", filePath, maxBytes: 1 << 20 };
}

const CUSTOMERS = "customer_id,name,signup_date\nC-1,Acme,2024-01-01\nC-2,Globex,2024-02-01\n";
const SUBSCRIPTIONS =
  "subscription_id,customer_id,plan,amount,billing_period,start_date,end_date\nS-1,C-1,Pro,100,month,2024-01-15,\nS-2,C-2,Pro,1200,year,2024-02-01,\n";

describe("importInWorker", () => {
  it("writes through its own connection; this connection sees the rows and the new data version", async () => {
    const before = getDataVersion(db);
    const outcome = await importInWorker(job("customers", "c.csv", CUSTOMERS)).answer;
    expect(outcome).toMatchObject({ ok: true, result: { kind: "customers", rows_read: 2, inserted: 2 } });
    expect(getDataVersion(db)).toBe(before + 1);
    expect(db.$client.prepare("select customer_id from customers order by 1").pluck().all()).toEqual(["C-1", "C-2"]);
  }, 30_000);

  it("answers row errors without writing", async () => {
    const outcome = await importInWorker(job("subscriptions", "s.csv", SUBSCRIPTIONS)).answer;
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 2 });
    expect(db.$client.prepare("select count(*) from subscriptions").pluck().get()).toBe(0);
  }, 30_000);

  it("runs queued imports one after the other, in the order they came", async () => {
    const order: string[] = [];
    const first = queueWrite(async () => {
      order.push("customers started");
      const outcome = await importInWorker(job("customers", "c.csv", CUSTOMERS)).answer;
      order.push("customers done");
      return outcome;
    });
    // Submitted at once, the subscriptions only pass because the customers are written first.
    const second = queueWrite(async () => {
      order.push("subscriptions started");
      return importInWorker(job("subscriptions", "s.csv", SUBSCRIPTIONS)).answer;
    });
    expect(await Promise.all([first, second])).toMatchObject([{ ok: true }, { ok: true, result: { inserted: 2 } }]);
    expect(order).toEqual(["customers started", "customers done", "subscriptions started"]);
  }, 30_000);

  it("answers, then writes the MRR facts of the customers it touched before it exits; the queue waits for that", async () => {
    await importInWorker(job("customers", "c.csv", CUSTOMERS)).finished;
    const order: string[] = [];
    const write = importInWorker(job("subscriptions", "s.csv", SUBSCRIPTIONS));
    const queued = queueWrite(() => write);
    const next = queueWrite(() => order.push("next write started"));
    await queued.then(() => order.push("answered"));
    await write.finished.then(() => order.push("finished"));
    await next;
    expect(order).toEqual(["answered", "finished", "next write started"]);
    expect(db.$client.prepare("select count(*) from mrr_facts_pending").pluck().get()).toBe(0);
    expect(db.$client.prepare("select customer_id, month, mrr_units, movement from customer_mrr_facts order by 1, 2").raw().all()).toEqual([
      ["C-1", "2024-01", 100 * 120_000, "new"],
      ["C-2", "2024-02", 100 * 120_000, "new"],
    ]);
  }, 30_000);

  it("writes the column snapshot of the event kind it wrote before it exits, at that kind's version", async () => {
    await importInWorker(job("customers", "c.csv", CUSTOMERS)).finished;
    const tickets =
      "ticket_id,customer_id,created_at,first_response_at,resolved_at\nT-1,C-2,2024-03-01T10:00:00Z,,\nT-2,C-1,2024-03-02T10:00:00Z,2024-03-02T11:00:00Z,\n";
    await importInWorker(job("tickets", "t.csv", tickets)).finished;
    const snapshot = db.$client
      .prepare("select kind_version, row_count, customer_ids from event_column_snapshots where kind = 'tickets'")
      .get();
    expect(snapshot).toEqual({ kind_version: getKindVersions(db).get("tickets"), row_count: 2, customer_ids: '["C-2","C-1"]' });
  }, 30_000);

  it("gives up with a write conflict when another process holds the write lock past the busy timeout", async () => {
    const other = openDatabase(path.join(dir, "keel.db"));
    other.$client.exec("BEGIN IMMEDIATE");
    try {
      await expect(importInWorker(job("customers", "c.csv", CUSTOMERS)).answer).rejects.toBeInstanceOf(WriteConflict);
    } finally {
      other.$client.exec("ROLLBACK");
      other.$client.close();
    }
    expect(db.$client.prepare("select count(*) from customers").pluck().get()).toBe(0);
  }, 30_000);

  it("undoes an import in the worker, and the data version moves on", async () => {
    const imported = await importInWorker(job("customers", "c.csv", CUSTOMERS)).answer;
    if (!imported.ok) throw new Error(imported.error);
    const before = getDataVersion(db);
    expect(await undoInWorker(path.join(dir, "keel.db"), imported.result.import_id).answer).toMatchObject({
      ok: true,
      import: { id: imported.result.import_id },
    });
    expect(db.$client.prepare("select count(*) from customers").pluck().get()).toBe(0);
    expect(getDataVersion(db)).toBe(before + 1);
    expect(await undoInWorker(path.join(dir, "keel.db"), 99).answer).toEqual({
      ok: false,
      status: 404,
      error: "Import #99 does not exist.",
    });
  }, 30_000);
});
