import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { migrateDatabase, openDatabase, type KeelDb } from "@/db/connection";
import { runImportJob, type ImportJob } from "@/db/imports/import-job";
import { uploadTempRoot } from "./temp-files";
import { importUpload } from "./upload";

let db: KeelDb;
let dataDir: string;
let jobs: ImportJob[];
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-upload-test-"));
  process.env.KEEL_DATA_DIR = dataDir;
  db = openDatabase(path.join(dataDir, "keel.db"));
  migrateDatabase(db);
  jobs = [];
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  delete process.env.KEEL_DATA_DIR;
  delete process.env.KEEL_MAX_UPLOAD_MB;
});

const CSV = "customer_id,name,signup_date\nC-1,Acme,2024-01-01\n";

async function upload(fields: [string, string | Blob, string?][]) {
  const form = new FormData();
  for (const [name, value, fileName] of fields) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, fileName);
  }
  const request = new Request("http://keel.test/api/imports", { method: "POST", body: form });
  const outcome = await importUpload({
    body: Readable.fromWeb(request.body as NodeWebStream<Uint8Array>),
    contentType: request.headers.get("content-type"),
    userEmail: "admin@keel.test",
    dbFile: path.join(dataDir, "keel.db"),
    run: (job) => {
      jobs.push(job);
      expect(fs.existsSync(job.filePath)).toBe(true);
      return runImportJob(db, job);
    },
  });
  // Every upload leaves its temporary folder behind it, whatever the answer.
  expect(fs.readdirSync(uploadTempRoot())).toEqual([]);
  return outcome;
}

const file = (text: string) => new Blob([text], { type: "text/csv" });
const customers = () => db.$client.prepare("select count(*) as n from customers").get() as { n: number };

describe("importUpload", () => {
  it("imports a browser-style multipart upload", async () => {
    expect(
      await upload([
        ["kind", "customers"],
        ["file", file(CSV), "c.csv"],
      ]),
    ).toMatchObject({ ok: true, result: { inserted: 1 } });
    expect(jobs).toMatchObject([{ kind: "customers", fileName: "c.csv", userEmail: "admin@keel.test" }]);
  });

  it("accepts the file before the kind", async () => {
    expect(
      await upload([
        ["file", file(CSV), "c.csv"],
        ["kind", "Customers"],
      ]),
    ).toMatchObject({ ok: true, result: { inserted: 1 } });
  });

  it("passes the preset and mapping fields through as sent", async () => {
    const mapping = '{"customer_id":"Account #"}';
    await upload([
      ["preset", "stripe-customers"],
      ["file", file(CSV), "c.csv"],
      ["mapping", mapping],
      ["kind", "customers"],
    ]);
    expect(jobs).toMatchObject([{ kind: "customers", preset: "stripe-customers", mapping }]);
  });

  it("answers 400 for a missing or unknown kind and a missing file, and imports nothing", async () => {
    expect(await upload([["file", file(CSV), "c.csv"]])).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/kind field is missing/),
    });
    expect(
      await upload([
        ["kind", "invoices"],
        ["file", file(CSV), "c.csv"],
      ]),
    ).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/Unknown kind 'invoices'/) });
    expect(
      await upload([
        ["file", file(CSV), "c.csv"],
        ["kind", "invoices"],
      ]),
    ).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/Unknown kind 'invoices'/) });
    expect(await upload([["kind", "customers"]])).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/file field is missing/),
    });
    expect(jobs).toEqual([]);
    expect(customers().n).toBe(0);
  });

  it("answers 413 past KEEL_MAX_UPLOAD_MB, kind first or file first", async () => {
    process.env.KEEL_MAX_UPLOAD_MB = "0.001";
    const big = CSV + "C-2,Globex,2024-01-01\n".repeat(100);
    expect(
      await upload([
        ["kind", "customers"],
        ["file", file(big), "c.csv"],
      ]),
    ).toMatchObject({ ok: false, status: 413, error: "The file is larger than the 0 MB upload limit." });
    expect(
      await upload([
        ["file", file(big), "c.csv"],
        ["kind", "customers"],
      ]),
    ).toMatchObject({ ok: false, status: 413 });
    expect(jobs).toEqual([]);
  });

  it("answers 422 with the row errors", async () => {
    const outcome = await upload([
      ["kind", "customers"],
      ["file", file(`${CSV}C-2,,2024-01-01\n`), "c.csv"],
    ]);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, errors: [{ row: 3, column: "name" }] });
    expect(customers().n).toBe(0);
  });

  it("removes the spooled file when the import itself throws", async () => {
    const form = new FormData();
    form.append("kind", "customers");
    form.append("file", file(CSV), "c.csv");
    const request = new Request("http://keel.test/api/imports", { method: "POST", body: form });
    const run = vi.fn(async () => {
      throw new Error("disk on fire");
    });
    await expect(
      importUpload({
        body: Readable.fromWeb(request.body as NodeWebStream<Uint8Array>),
        contentType: request.headers.get("content-type"),
        userEmail: null,
        dbFile: path.join(dataDir, "keel.db"),
        run,
      }),
    ).rejects.toThrow("disk on fire");
    expect(run).toHaveBeenCalledOnce();
    expect(fs.readdirSync(uploadTempRoot())).toEqual([]);
  });
});
