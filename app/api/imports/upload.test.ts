import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "@/db/connection";
import { multipartBoundary } from "./multipart";
import { importUpload } from "./upload";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => {
  db.$client.close();
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
  const boundary = multipartBoundary(request.headers.get("content-type"));
  return importUpload(db, request.body as unknown as AsyncIterable<Uint8Array>, boundary!, null);
}

const file = (text: string) => new Blob([text], { type: "text/csv" });

describe("importUpload", () => {
  it("imports a browser-style multipart upload", async () => {
    expect(await upload([["kind", "customers"], ["file", file(CSV), "c.csv"]])).toMatchObject({ ok: true, result: { inserted: 1 } });
  });

  it("accepts the file before the kind", async () => {
    expect(await upload([["file", file(CSV), "c.csv"], ["kind", "Customers"]])).toMatchObject({ ok: true, result: { inserted: 1 } });
  });

  it("answers 400 for a missing or unknown kind and a missing file", async () => {
    expect(await upload([["file", file(CSV), "c.csv"]])).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/kind field is missing/) });
    expect(await upload([["kind", "invoices"], ["file", file(CSV), "c.csv"]])).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/Unknown kind 'invoices'/) });
    expect(await upload([["kind", "customers"]])).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/file field is missing/) });
  });

  it("answers 413 past KEEL_MAX_UPLOAD_MB, counting bytes as they stream", async () => {
    process.env.KEEL_MAX_UPLOAD_MB = "0.001";
    const big = CSV + "C-2,Globex,2024-01-01\n".repeat(100);
    expect(await upload([["kind", "customers"], ["file", file(big), "c.csv"]])).toMatchObject({ ok: false, status: 413 });
    expect(await upload([["file", file(big), "c.csv"], ["kind", "customers"]])).toMatchObject({ ok: false, status: 413 });
  });

  it("answers 422 with the row errors", async () => {
    const outcome = await upload([["kind", "customers"], ["file", file(`${CSV}C-2,,2024-01-01\n`), "c.csv"]]);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, errors: [{ row: 3, column: "name" }] });
  });
});
