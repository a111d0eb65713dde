import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readUpload } from "./multipart";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-multipart-test-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const BOUNDARY = "XyZ";
const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const field = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const filePart = (text: string, name = "c.csv") =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n`;
const END = `--${BOUNDARY}--\r\n`;

function chunked(body: string | Buffer, size: number): Readable {
  const bytes = Buffer.from(body);
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );
}

describe("readUpload", () => {
  const body =
    field("kind", "customers") + field("note", "ignored") + filePart("a,b\r\n1,2\r\n--Xy\r\n") + field("preset", "stripe-customers") + END;

  it.each([1, 3, 7, 64, 4096])("collects the fields and spools the file whatever the chunk size (%i)", async (size) => {
    const read = await readUpload(chunked(body, size), CONTENT_TYPE, { maxBytes: 1000, dir });
    expect(read).toEqual({
      ok: true,
      fields: { kind: "customers", preset: "stripe-customers" },
      file: { path: path.join(dir, "upload.csv"), name: "c.csv", bytes: 16 },
    });
    expect(fs.readFileSync(path.join(dir, "upload.csv"), "utf8")).toBe("a,b\r\n1,2\r\n--Xy\r\n");
  });

  it("takes the mapping field as sent, after the file", async () => {
    const mapping = JSON.stringify({ customer_id: "Account #" });
    const read = await readUpload(chunked(filePart("x") + field("mapping", mapping) + field("kind", "customers") + END, 5), CONTENT_TYPE, {
      maxBytes: 1000,
      dir,
    });
    expect(read).toMatchObject({ ok: true, fields: { kind: "customers", mapping } });
  });

  it("takes a small file sent as a text field, and refuses a large one with what to do instead", async () => {
    const small = await readUpload(chunked(field("kind", "customers") + field("file", "a,b\r\n1,2") + END, 5), CONTENT_TYPE, {
      maxBytes: 1000,
      dir,
    });
    expect(small).toMatchObject({ ok: true, file: { name: "upload.csv", bytes: 8 } });
    expect(fs.readFileSync(path.join(dir, "upload.csv"), "utf8")).toBe("a,b\r\n1,2");
    const large = await readUpload(chunked(field("file", "a".repeat(70 * 1024)) + END, 4096), CONTENT_TYPE, { maxBytes: 1e6, dir });
    expect(large).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/as a file part/) });
  });

  it("answers 413 at the limit and stops reading the body", async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(pulled === 1 ? field("kind", "customers") + filePart("").slice(0, -2) : Buffer.alloc(64 * 1024, "a"));
      },
    });
    const read = await readUpload(endless, CONTENT_TYPE, { maxBytes: 1024 * 1024, dir });
    expect(read).toMatchObject({ ok: false, status: 413, error: "The file is larger than the 1 MB upload limit." });
    const afterAnswer = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A read the stream had already asked for may still land (seen once in a loaded full run); no more.
    expect(pulled - afterAnswer).toBeLessThanOrEqual(1);
    expect(pulled).toBeLessThan(40);
  });

  it("takes a file of exactly the limit and refuses one byte more", async () => {
    const exact = await readUpload(chunked(field("kind", "customers") + filePart("x".repeat(100)) + END, 7), CONTENT_TYPE, {
      maxBytes: 100,
      dir,
    });
    expect(exact).toMatchObject({ ok: true, file: { bytes: 100 } });
    const over = await readUpload(chunked(field("kind", "customers") + filePart("x".repeat(101)) + END, 7), CONTENT_TYPE, {
      maxBytes: 100,
      dir,
    });
    expect(over).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a field as soon as the check says so, without reading the file", async () => {
    const read = await readUpload(chunked(field("kind", "invoices") + filePart("a,b\n".repeat(1000)) + END, 64), CONTENT_TYPE, {
      maxBytes: 1000,
      dir,
      checkField: (name, value) => (name === "kind" && value === "invoices" ? { ok: false, status: 400, error: "no invoices" } : null),
    });
    expect(read).toEqual({ ok: false, status: 400, error: "no invoices" });
  });

  it.each([1_000, 100_000, 3_000_000])("answers a refused field after a file of %i bytes at once", async (size) => {
    const read = await readUpload(chunked(filePart("a".repeat(size)) + field("kind", "invoices") + END, 64 * 1024), CONTENT_TYPE, {
      maxBytes: 1e8,
      dir,
      checkField: (name, value) => (name === "kind" && value === "invoices" ? { ok: false, status: 400, error: "no invoices" } : null),
    });
    expect(read).toEqual({ ok: false, status: 400, error: "no invoices" });
  });

  it("answers 400 for a body that is not multipart, a broken one, and a second file", async () => {
    expect(await readUpload(chunked("{}", 2), "application/json", { maxBytes: 1000, dir })).toMatchObject({ ok: false, status: 400 });
    expect(
      await readUpload(chunked(field("kind", "customers") + filePart("a,b").slice(0, -10), 8), CONTENT_TYPE, { maxBytes: 1000, dir }),
    ).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/could not be read.*multipart\/form-data/),
    });
    expect(await readUpload(chunked(filePart("a") + filePart("b") + END, 8), CONTENT_TYPE, { maxBytes: 1000, dir })).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/one file/),
    });
  });

  it("answers 400 for a form of a thousand parts", async () => {
    const read = await readUpload(chunked(filePart("a") + field("x", "1").repeat(1000) + END, 4096), CONTENT_TYPE, { maxBytes: 1000, dir });
    expect(read).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/too many/) });
  });
});
