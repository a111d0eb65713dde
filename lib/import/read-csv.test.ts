import { describe, expect, it } from "vitest";
import type { DataKind } from "../domain/types";
import { readCsvRecords, type CsvFormat, type CsvInput } from "./read-csv";
import type { DomainRecord } from "./row-schemas";
import { BINARY_FILE, WINDOWS_1252_WARNING } from "./sniff";
import { validateCsv } from "./validate-csv";

async function read(input: CsvInput) {
  let format: CsvFormat | null = null;
  const rows: string[][] = [];
  for await (const r of readCsvRecords(input, { onFormat: (f) => (format = f) })) rows.push(r.cells);
  return { format: format as CsvFormat | null, rows };
}

async function run(kind: DataKind, input: CsvInput) {
  const records: DomainRecord[] = [];
  const outcome = await validateCsv(kind, input, { onRecord: (r) => records.push(r) });
  return { outcome, records };
}

const cp1252 = (text: string) => Buffer.from(text.replace("€", "\x80"), "latin1");
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
/** A one-shot stream: can be read only once. */
async function* once(...chunks: Uint8Array[]) {
  yield* chunks;
}

describe("encodings", () => {
  it("reads UTF-8 with and without a BOM", async () => {
    expect(await read([Buffer.from("\uFEFFa,b\nZoë,1\n")])).toEqual({
      format: { encoding: "utf-8", delimiter: "," },
      rows: [
        ["a", "b"],
        ["Zoë", "1"],
      ],
    });
    expect((await read([Buffer.from("a,b\nZoë,1\n")])).rows[1]).toEqual(["Zoë", "1"]);
  });

  it("reads UTF-16 LE and BE with a BOM; their NUL bytes are text, not binary", async () => {
    const le = Buffer.from("\uFEFFname;amount\nZoë Café;12.5\n", "utf16le");
    expect(await read([le])).toEqual({
      format: { encoding: "utf-16le", delimiter: ";" },
      rows: [
        ["name", "amount"],
        ["Zoë Café", "12.5"],
      ],
    });
    const be = utf16be("\uFEFFname\tamount\n€ Ltd\t3\n");
    expect(await read(() => once(be.subarray(0, 5), be.subarray(5)))).toEqual({
      format: { encoding: "utf-16be", delimiter: "\t" },
      rows: [
        ["name", "amount"],
        ["€ Ltd", "3"],
      ],
    });
  });

  it("reads Windows-1252 when the bytes are not UTF-8, with a warning", async () => {
    const { outcome, records } = await run("customers", [cp1252("customer_id,name,signup_date\nC-1,Zoë Müller €,2024-01-01\n")]);
    expect(outcome).toEqual({ ok: true, rowsRead: 1, warnings: [WINDOWS_1252_WARNING] });
    expect(records[0]).toMatchObject({ name: "Zoë Müller €" });
  });

  it("decides Windows-1252 for the whole file when one é sits at row 300,000 of a re-readable input", async () => {
    const lines = ["customer_id,name,signup_date"];
    for (let i = 2; i < 300_000; i += 1) lines.push(`C-${i},Name ${i},2024-01-01`);
    lines.push("C-last,Ren\xe9,2024-01-01");
    const bytes = Buffer.from(`${lines.join("\n")}\n`, "latin1");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    let opened = 0;
    const last: DomainRecord[] = [];
    const outcome = await validateCsv("customers", () => (opened++, once(...chunks)), {
      onRecord: (r, row) => row === 300_000 && last.push(r),
    });
    expect(opened).toBe(2);
    expect(outcome).toEqual({ ok: true, rowsRead: 299_999, warnings: [WINDOWS_1252_WARNING] });
    expect(last[0]).toMatchObject({ customerId: "C-last", name: "René" });
  });

  it("keeps a multi-byte character split across chunks valid UTF-8 in the pre-pass", async () => {
    const bytes = Buffer.from("customer_id,name,signup_date\nC-1,Zoë,2024-01-01\n");
    const split = bytes.indexOf(0xc3) + 1;
    const { outcome, records } = await run("customers", [bytes.subarray(0, split), bytes.subarray(split)]);
    expect(outcome).toEqual({ ok: true, rowsRead: 1, warnings: [] });
    expect(records[0]).toMatchObject({ name: "Zoë" });
  });

  it("judges a one-shot stream on its start, and says so when it turns invalid later", async () => {
    expect((await read(once(cp1252("name\nZoë\n")))).format).toEqual({ encoding: "windows-1252", delimiter: "," });
    const head = Buffer.from(`customer_id,name,signup_date\n${"C-1,A,2024-01-01\n".repeat(5000)}`);
    const { outcome } = await run("customers", once(head, Buffer.from("C-2,Zo\xeb,2024-01-01\n", "latin1")));
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      error: expect.stringMatching(/byte 85,036 is not valid UTF-8: it mixes encodings/),
    });
  });

  it("trusts a UTF-8 BOM, and calls invalid bytes after it a mixed file", async () => {
    const mixed = Buffer.concat([
      Buffer.from("\uFEFFcustomer_id,name,signup_date\nC-1,Zoë,2024-01-01\n"),
      Buffer.from("C-2,Ren\xe9,2024-01-01\n", "latin1"),
    ]);
    expect((await run("customers", [mixed])).outcome).toMatchObject({
      ok: false,
      status: 422,
      error: expect.stringMatching(/^The file starts as UTF-8 but byte 60 is not valid UTF-8: it mixes encodings/),
    });
  });

  it("refuses binary files and UTF-16 without a BOM with a clear error", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    expect((await run("customers", [zip])).outcome).toMatchObject({ ok: false, status: 422, error: BINARY_FILE, errors: [] });
    expect((await run("customers", once(zip))).outcome).toMatchObject({ ok: false, error: BINARY_FILE });
    const noBom = Buffer.from("customer_id,name\n", "utf16le");
    expect((await run("customers", [noBom])).outcome).toMatchObject({ ok: false, error: BINARY_FILE });
    const utf16Binary = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n\u0000\u0000", "utf16le")]);
    expect((await run("customers", [utf16Binary])).outcome).toMatchObject({ ok: false, error: BINARY_FILE });
  });
});

describe("delimiters", () => {
  it("recognises comma, semicolon and tab from the header line, outside quotes", async () => {
    expect(await read("customer_id;name;signup_date\nC-1;Acme, Inc;2024-01-01\n")).toEqual({
      format: { encoding: "utf-8", delimiter: ";" },
      rows: [
        ["customer_id", "name", "signup_date"],
        ["C-1", "Acme, Inc", "2024-01-01"],
      ],
    });
    expect((await read("a\tb\tc\n1\t2,5\t3\n")).rows[1]).toEqual(["1", "2,5", "3"]);
    expect((await read('"a;b;c",d\n1,2\n')).format?.delimiter).toBe(",");
    expect((await read("name\nAcme\n")).format?.delimiter).toBe(",");
  });

  it("imports a semicolon file and names its rows as a spreadsheet does", async () => {
    const { outcome, records } = await run(
      "subscriptions",
      "subscription_id;customer_id;amount;start_date\nS-1;C-1;99.5;2024-01-15\nS-2;C-1;12,5;2024-01-15\n",
    );
    expect(outcome).toMatchObject({ ok: false, errors: [{ row: 3, column: "amount", message: expect.stringMatching(/decimal comma/) }] });
    expect(records).toHaveLength(1);
  });

  it("mentions how the header was split when it matches no kind", async () => {
    const { outcome } = await run("customers", "Kunden-Nr;Firma;Anmeldedatum\nK-1;Müller GmbH;2024-01-01\n");
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      error:
        "The file has no customer_id, name, signup_date columns, which customers files need. Its header, split at semicolons, reads: Kunden-Nr | Firma | Anmeldedatum. Map the file's columns to Keel's (the mapping field), or download the customers template to see the expected header.",
    });
  });
});

describe("CSV syntax errors at their row", () => {
  const HEADER = "customer_id,name,signup_date\n";
  const good = (n: number) => Array.from({ length: n }, (_, i) => `C-${i},Name ${i},2024-01-01\n`).join("");

  it("reports an unclosed quote after 20 good rows as one error at the row where the quoted cell starts", async () => {
    const { outcome } = await run("customers", `${HEADER}${good(20)}C-x,"Acme,2024-01-01\nC-y,B,2024-01-01\n`);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, fatal: true });
    expect(!outcome.ok && outcome.errors).toEqual([
      {
        row: 22,
        column: "name",
        value: '"Acme,2024-01-01…',
        message: expect.stringMatching(
          /^The file is not valid CSV: a quoted cell starts on row 22 and its closing quote \(" *\) is missing/,
        ),
      },
    ]);
  });

  it("counts multi-line cells and blank lines as spreadsheet rows", async () => {
    const { outcome } = await run("customers", `${HEADER}\nC-1,"two\nlines",2024-01-01\n\nC-x,Acme,"2024-01-01\n`);
    expect(!outcome.ok && outcome.errors.map((e) => [e.row, e.column])).toEqual([[5, "signup_date"]]);
  });

  it("reports a 2 MB cell at row 5,002 at that row, in any encoding", async () => {
    const text = `${HEADER}${good(5000)}C-big,${"x".repeat(2 << 20)},2024-01-01\n${good(3)}`;
    const { outcome } = await run("customers", [Buffer.from(text)]);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1 });
    expect(!outcome.ok && outcome.errors).toEqual([
      {
        row: 5002,
        column: "name",
        value: `${"x".repeat(40)}…`,
        message: 'The file is not valid CSV: row 5002 is longer than 1 MB; shorten that cell, or close a quote (") left open on that row.',
      },
    ]);
    const utf16 = await run("customers", [Buffer.from(`\uFEFF${text}`, "utf16le")]);
    expect(!utf16.outcome.ok && utf16.outcome.errors[0].row).toBe(5002);
  });
});
