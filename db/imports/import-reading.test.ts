import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { findMapping } from "./column-mappings";
import { importCsv } from "./import-csv";
import { WINDOWS_1252_WARNING } from "@/lib/import/sniff";

let db: KeelDb;
let dir: string;
beforeEach(() => {
  db = openTemporaryDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-reading-"));
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const good = (n: number) => Array.from({ length: n }, (_, i) => `C-${i},Name ${i},2024-01-01\n`).join("");

describe("reading real files through importCsv", () => {
  it("answers an unclosed quote after 20 good rows with one error at its row, and writes nothing", async () => {
    const input = `customer_id,name,signup_date\n${good(20)}C-x,"Acme,2024-01-01\nC-y,B,2024-01-01\n`;
    const outcome = await importCsv(db, { kind: "customers", fileName: "c.csv", userEmail: null, input });
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, errors: [{ row: 22, column: "name" }] });
    expect(!outcome.ok && outcome.error).toMatch(/^The file is not valid CSV: a quoted cell starts on row 22/);
    expect(count("customers")).toBe(0);
    expect(count("imports")).toBe(0);
  });

  it("imports a semicolon-separated Windows-1252 file from a path, with the warning", async () => {
    const file = path.join(dir, "kunden.csv");
    fs.writeFileSync(
      file,
      Buffer.from("customer_id;name;signup_date\r\nK-1;Müller GmbH;2024-01-01\r\nK-2;Café Zoë;2024-02-01\r\n", "latin1"),
    );
    const outcome = await importCsv(db, { kind: "customers", fileName: "kunden.csv", userEmail: null, input: { path: file } });
    expect(outcome).toMatchObject({ ok: true, result: { inserted: 2, warnings: [WINDOWS_1252_WARNING] } });
    expect(db.$client.prepare("SELECT name FROM customers ORDER BY 1").pluck().all()).toEqual(["Café Zoë", "Müller GmbH"]);
  });

  it("refuses a signup_date of 9999-12-31 so no dashboard ever sees it", async () => {
    const outcome = await importCsv(db, {
      kind: "customers",
      fileName: "c.csv",
      userEmail: null,
      input: "customer_id,name,signup_date\nC-1,A,9999-12-31\n",
    });
    expect(outcome).toMatchObject({ ok: false, status: 422, errors: [{ row: 2, column: "signup_date", value: "9999-12-31" }] });
    expect(count("customers")).toBe(0);
  });
});

describe("column mappings", () => {
  const KUNDEN = Buffer.from("Kunden-Nr;Firma;Anmeldedatum\nK-1;Müller GmbH;2024-01-01\n", "latin1");
  const MAPPING = JSON.stringify({ customer_id: "Kunden-Nr", name: "Firma", signup_date: "Anmeldedatum" });

  it("imports through the mapping field and remembers it for the same header", async () => {
    const outcome = await importCsv(db, { kind: "customers", fileName: "k.csv", userEmail: null, input: [KUNDEN], mapping: MAPPING });
    expect(outcome).toMatchObject({ ok: true, result: { inserted: 1 } });
    expect(db.$client.prepare("SELECT name FROM customers").pluck().get()).toBe("Müller GmbH");
    expect(findMapping(db, ["kunden nr", "FIRMA", "Anmeldedatum"], null)).toEqual({
      kind: "customers",
      header: ["Kunden-Nr", "Firma", "Anmeldedatum"],
      mapping: { customer_id: "Kunden-Nr", name: "Firma", signup_date: "Anmeldedatum" },
      updated_at: expect.any(String),
    });
    expect(findMapping(db, ["Kunden-Nr", "Firma", "Anmeldedatum"], "subscriptions")).toBeNull();
    expect(findMapping(db, ["Kunden-Nr", "Firma"], null)).toBeNull();
  });

  it("answers a bad mapping with 400 before reading, and remembers nothing from a failed import", async () => {
    expect(await importCsv(db, { kind: "customers", fileName: "k.csv", userEmail: null, input: [KUNDEN], mapping: "{" })).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/not valid JSON/),
    });
    const bad = Buffer.from("Kunden-Nr;Firma;Anmeldedatum\nK-1;Müller GmbH;01.01.2024\n", "latin1");
    expect(await importCsv(db, { kind: "customers", fileName: "k.csv", userEmail: null, input: [bad], mapping: MAPPING })).toMatchObject({
      ok: false,
      status: 422,
      errors: [{ row: 2, column: "signup_date", value: "01.01.2024" }],
    });
    expect(findMapping(db, ["Kunden-Nr", "Firma", "Anmeldedatum"], null)).toBeNull();
  });
});
