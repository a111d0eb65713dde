import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { importCsv } from "./import-csv";
import { listImports } from "./list-imports";
import { undoImport } from "./undo-import";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const load = async (kind: "customers" | "subscriptions" | "costs", input: string) => {
  const outcome = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result.import_id;
};
const rows = (table: string) => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all();

const V1 = "customer_id,name,segment,plan,signup_date\nC-1,Acme,SMB,Pro,2024-01-01\nC-2,Globex,,Starter,2024-02-01\n";
const V2 =
  "customer_id,name,segment,plan,signup_date\nC-1,Acme Inc,Enterprise,,2024-01-01\nC-2,Globex,,Starter,2024-02-01\nC-3,Initech,,,2024-03-01\n";

describe("undoImport", () => {
  it("removes the rows an import inserted", async () => {
    const id = await load("customers", V1);
    expect(undoImport(db, id)).toMatchObject({ ok: true, import: { id, undone_at: expect.any(String) } });
    expect(rows("customers")).toEqual([]);
    expect(listImports(db)[0].undone_at).not.toBeNull();
  });

  it("restores exactly the rows an update replaced", async () => {
    await load("customers", V1);
    const before = rows("customers");
    const second = await load("customers", V2);
    expect(undoImport(db, second)).toMatchObject({ ok: true });
    expect(rows("customers")).toEqual(before);
  });

  it("restores real, null and composite-key rows", async () => {
    await load("costs", "month,category,segment,amount\n2024-01,support,,100.25\n2024-01,other,SMB,7\n");
    const before = rows("costs");
    const second = await load("costs", "month,category,segment,amount\n2024-01,support,,120\n2024-02,other,,1\n");
    expect(undoImport(db, second)).toMatchObject({ ok: true });
    expect(rows("costs")).toEqual(before);
  });

  it("refuses while a later import changed the same rows, then allows it once that one is undone", async () => {
    const first = await load("customers", V1);
    const second = await load("customers", V2);
    expect(undoImport(db, first)).toEqual({
      ok: false,
      status: 409,
      error: `Import #${second} (customers.csv) later changed rows of this import; undo import #${second} first.`,
    });
    expect(undoImport(db, second).ok).toBe(true);
    expect(undoImport(db, first).ok).toBe(true);
    expect(rows("customers")).toEqual([]);
  });

  it("refuses to orphan rows of another kind", async () => {
    const customers = await load("customers", V1);
    const subs = await load("subscriptions", "subscription_id,customer_id,amount,start_date\nS-1,C-1,10,2024-01-01\n");
    const refused = undoImport(db, customers);
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/undo the subscriptions import #2 \(subscriptions.csv\) first/),
    });
    expect(rows("customers")).toHaveLength(2);
    expect(undoImport(db, subs).ok).toBe(true);
    expect(undoImport(db, customers).ok).toBe(true);
  });

  it("answers 404 for an unknown import and 409 for one already undone", async () => {
    expect(undoImport(db, 99)).toMatchObject({ ok: false, status: 404 });
    const id = await load("customers", V1);
    undoImport(db, id);
    expect(undoImport(db, id)).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/already undone/) });
  });

  it("lets a file imported again after an undo insert its rows anew", async () => {
    const id = await load("customers", V1);
    undoImport(db, id);
    const again = await importCsv(db, { kind: "customers", fileName: "c.csv", userEmail: null, input: V1 });
    expect(again).toMatchObject({ ok: true, result: { inserted: 2 } });
  });
});
