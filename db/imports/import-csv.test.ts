import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { getDataVersion } from "../data-version";
import { importCsv } from "./import-csv";
import { listImports } from "./list-imports";

const CUSTOMERS =
  "customer_id,name,segment,signup_date\nC-1,Acme,SMB,2024-01-01\nC-2,Globex,,2024-02-01\nC-3,Initech,Enterprise,2024-03-01\n";
const SUBS = "subscription_id,customer_id,amount,start_date,end_date\nS-1,C-1,100,2024-01-01,\nS-2,C-2,50.5,2024-02-01,2024-06-01\n";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const load = (kind: Parameters<typeof importCsv>[1]["kind"], input: string, fileName = `${kind}.csv`) =>
  importCsv(db, { kind, fileName, userEmail: "ceo@example.com", input });
const all = (table: string) => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all();

describe("importCsv", () => {
  it("imports, records the import and bumps the data version", async () => {
    const before = getDataVersion(db);
    const outcome = await load("customers", CUSTOMERS);
    expect(outcome).toEqual({
      ok: true,
      result: {
        import_id: 1,
        kind: "customers",
        preset: null,
        rows_read: 3,
        inserted: 3,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        warnings: [],
        kinds: { customers: { inserted: 3, updated: 0, unchanged: 0 } },
      },
    });
    expect(all("customers")).toEqual([
      {
        customer_id: "C-1",
        name: "Acme",
        segment: "SMB",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-01-01",
        import_id: 1,
      },
      {
        customer_id: "C-2",
        name: "Globex",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-02-01",
        import_id: 1,
      },
      {
        customer_id: "C-3",
        name: "Initech",
        segment: "Enterprise",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-03-01",
        import_id: 1,
      },
    ]);
    expect(getDataVersion(db)).toBe(before + 1);
    expect(listImports(db)).toEqual([
      expect.objectContaining({
        id: 1,
        kind: "customers",
        file_name: "customers.csv",
        user_email: "ceo@example.com",
        rows_read: 3,
        inserted: 3,
        undone_at: null,
      }),
    ]);
  });

  it("changes nothing when the same file comes twice", async () => {
    await load("customers", CUSTOMERS);
    await load("subscriptions", SUBS);
    const rows = all("subscriptions");
    const again = await load("subscriptions", SUBS);
    expect(again).toMatchObject({ ok: true, result: { rows_read: 2, inserted: 0, updated: 0, unchanged: 2 } });
    expect(all("subscriptions")).toEqual(rows);
    expect(db.$client.prepare("SELECT count(*) AS n FROM import_row_versions").get()).toEqual({ n: 0 });
  });

  it("updates rows by key from a corrected file and keeps the replaced versions", async () => {
    await load("customers", CUSTOMERS);
    const outcome = await load(
      "customers",
      "customer_id,name,segment,signup_date\nC-1,Acme Inc,SMB,2024-01-01\nC-4,Umbrella,,2024-04-01\n",
    );
    expect(outcome).toMatchObject({ ok: true, result: { import_id: 2, inserted: 1, updated: 1, unchanged: 0 } });
    expect(db.$client.prepare("SELECT name, import_id FROM customers WHERE customer_id = 'C-1'").get()).toEqual({
      name: "Acme Inc",
      import_id: 2,
    });
    const versions = db.$client.prepare("SELECT import_id, row_key, previous FROM import_row_versions").all() as { previous: string }[];
    expect(versions).toHaveLength(1);
    expect(JSON.parse(versions[0].previous)).toMatchObject({ customer_id: "C-1", name: "Acme", import_id: 1 });
  });

  it("writes nothing when the last row is bad", async () => {
    const version = getDataVersion(db);
    const outcome = await load("customers", `${CUSTOMERS}C-9,Bad,,2024-02-30\n`);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, errors: [{ row: 5, column: "signup_date" }] });
    expect(all("customers")).toEqual([]);
    expect(listImports(db)).toEqual([]);
    expect(getDataVersion(db)).toBe(version);
  });

  it("refuses rows naming a customer that does not exist", async () => {
    await load("customers", CUSTOMERS);
    const outcome = await load("subscriptions", `${SUBS}S-3,C-9,10,2024-01-01,\n`);
    expect(outcome).toEqual({
      ok: false,
      status: 422,
      error: expect.stringMatching(/1 problem found; nothing was imported/),
      errors: [
        { row: 4, column: "customer_id", value: "C-9", message: "customer 'C-9' does not exist; import customers first (or fix the id)" },
      ],
      error_count: 1,
    });
    expect(all("subscriptions")).toEqual([]);
  });

  it("lists missing customers alongside other row errors", async () => {
    const outcome = await load("subscriptions", `${SUBS}S-3,C-1,-5,2024-01-01,\n`);
    expect(outcome).toMatchObject({ ok: false, error_count: 3 });
    expect(!outcome.ok && outcome.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "customer_id"],
      [3, "customer_id"],
      [4, "amount"],
    ]);
  });

  it("names both rows of a key repeated in the file", async () => {
    const outcome = await load("lifecycle", "customer_id,stage,entered_at\nC-1,growth,2024-01-01\nC-1,Growth,2024-01-01T00:00:00Z\n");
    expect(outcome).toMatchObject({
      ok: false,
      errors: [
        {
          row: 3,
          column: "customer_id + stage + entered_at",
          value: "C-1 / growth / 2024-01-01T00:00:00.000Z",
          message: expect.stringMatching(/rows 2 and 3/),
        },
      ],
    });
  });

  it("answers file problems with 4xx and writes nothing", async () => {
    expect(await load("customers", "")).toMatchObject({ ok: false, status: 422 });
    expect(await load("customers", SUBS)).toMatchObject({
      ok: false,
      status: 422,
      error: expect.stringMatching(/choose the subscriptions kind/),
    });
    const big = await importCsv(db, { kind: "customers", fileName: "x.csv", userEmail: null, input: CUSTOMERS, maxBytes: 10 });
    expect(big).toMatchObject({ ok: false, status: 413 });
    const binary = await importCsv(db, {
      kind: "customers",
      fileName: "x.xlsx",
      userEmail: null,
      input: [new Uint8Array([0x50, 0x4b, 0, 0])],
    });
    expect(binary).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/UTF-8/) });
    expect(listImports(db)).toEqual([]);
  });

  it("imports every kind, stores formula text as given, and reports progress", async () => {
    await load("customers", "customer_id,name,signup_date\nC-1,\"=cmd|' /C calc'!A0\",2024-01-01\n");
    expect(db.$client.prepare("SELECT name FROM customers").get()).toEqual({ name: "=cmd|' /C calc'!A0" });
    let progress = { bytes: 0, rows: 0 };
    const outcome = await importCsv(db, {
      kind: "tickets",
      fileName: "t.csv",
      userEmail: null,
      input: "ticket_id,customer_id,created_at,resolved_on_first_contact\nT-1,C-1,2024-01-01T10:00:00+01:00,yes\nT-2,,2024-01-02,\n",
      onProgress: (p) => (progress = p),
    });
    expect(outcome.ok).toBe(true);
    expect(progress.rows).toBe(2);
    expect(
      db.$client.prepare("SELECT ticket_id, customer_id, created_at, resolved_on_first_contact FROM tickets ORDER BY 1").all(),
    ).toEqual([
      { ticket_id: "T-1", customer_id: "C-1", created_at: Date.UTC(2024, 0, 1, 9), resolved_on_first_contact: 1 },
      { ticket_id: "T-2", customer_id: null, created_at: Date.UTC(2024, 0, 2), resolved_on_first_contact: null },
    ]);
    for (const [kind, csv] of [
      ["costs", "month,category,segment,amount\n2024-01,support,,100\n2024-01,support,SMB,50\n"],
      ["surveys", "response_id,customer_id,survey,score,responded_at\nR-1,C-1,nps,9,2024-01-01\n"],
      ["usage", "customer_id,month,active_users\nC-1,2024-01,5\n"],
      ["lifecycle", "customer_id,stage,entered_at\nC-1,onboarding,2024-01-01\n"],
    ] as const) {
      expect(await load(kind, csv)).toMatchObject({ ok: true });
      expect(await load(kind, csv)).toMatchObject({ ok: true, result: { inserted: 0, updated: 0 } });
    }
  });
});
