import { describe, expect, it } from "vitest";
import type { DataKind } from "../domain/types";
import type { DomainRecord } from "./row-schemas";
import { ROW_SCHEMAS } from "./row-schemas";
import { validateCsv } from "./validate-csv";

async function run(kind: DataKind, csv: string | Buffer | Uint8Array[]) {
  const records: DomainRecord[] = [];
  const input = typeof csv === "string" ? csv : Buffer.isBuffer(csv) ? [csv] : csv;
  const outcome = await validateCsv(kind, input as string, { onRecord: (r) => records.push(r) });
  return { outcome, records };
}

async function errorsOf(kind: DataKind, csv: string) {
  const { outcome } = await run(kind, csv);
  if (outcome.ok) throw new Error("expected errors");
  return outcome.errors;
}

const SUBS = "subscription_id,customer_id,plan,amount,billing_period,start_date,end_date\n";

describe("rows become domain records", () => {
  it("trims cells, maps columns in any order and case, defaults billing_period to month", async () => {
    const { outcome, records } = await run(
      "subscriptions",
      "Start Date, AMOUNT ,customer-id,Subscription ID,end_date,billing_period\n 2024-01-15 , 99.5 , C-1 ,S-1,,\n2024-02-01,10,C-2,S-2,2024-03-01,Year\n",
    );
    expect(outcome).toEqual({ ok: true, rowsRead: 2, warnings: [] });
    expect(records).toEqual([
      {
        subscriptionId: "S-1",
        customerId: "C-1",
        plan: null,
        amount: 99.5,
        billingPeriod: "month",
        startDate: "2024-01-15",
        endDate: null,
      },
      {
        subscriptionId: "S-2",
        customerId: "C-2",
        plan: null,
        amount: 10,
        billingPeriod: "year",
        startDate: "2024-02-01",
        endDate: "2024-03-01",
      },
    ]);
  });

  it("gives a blank customer segment as Unassigned and warns about unknown columns", async () => {
    const { outcome, records } = await run(
      "customers",
      "customer_id,name,signup_date,segment,Favourite colour\nC-1,Acme,2024-01-01,,blue\n",
    );
    expect(records[0]).toMatchObject({ customerId: "C-1", segment: "Unassigned", plan: null });
    expect(outcome.ok && outcome.warnings).toEqual(["Ignored column not used by customers: Favourite colour"]);
  });

  it("stores formula-looking cells as the text given", async () => {
    const { records } = await run(
      "customers",
      'customer_id,name,signup_date,csm\nC-1,=HYPERLINK("x"),2024-01-01,@ana\nC-2,+44 20,2024-01-01,-x\n',
    );
    expect(records.map((r) => (r as { name: string }).name)).toEqual(['=HYPERLINK("x")', "+44 20"]);
    expect(records.map((r) => (r as { csm: string }).csm)).toEqual(["@ana", "-x"]);
  });

  it("reads lifecycle stages, timestamps with offsets, tickets and usage", async () => {
    const life = await run(
      "lifecycle",
      "customer_id,stage,entered_at\nC-1,Early adoption,2024-04-01T01:30:00+02:00\nC-1,early-adoption,2024-05-01\n",
    );
    expect(life.records).toEqual([
      { customerId: "C-1", stage: "early_adoption", enteredAt: Date.UTC(2024, 2, 31, 23, 30) },
      { customerId: "C-1", stage: "early_adoption", enteredAt: Date.UTC(2024, 4, 1) },
    ]);
    const tickets = await run(
      "tickets",
      "ticket_id,created_at,resolved_on_first_contact\nT-1,2024-01-01T10:00:00Z,yes\nT-2,2024-01-01,0\nT-3,2024-01-01,\n",
    );
    expect(tickets.records.map((t) => (t as { resolvedOnFirstContact: boolean | null }).resolvedOnFirstContact)).toEqual([
      true,
      false,
      null,
    ]);
  });

  it("agrees with the zod schema", () => {
    const raw = {
      subscription_id: "S-1",
      customer_id: "C-1",
      plan: "",
      amount: "5",
      billing_period: "",
      start_date: "2024-01-01",
      end_date: "",
    };
    expect(ROW_SCHEMAS.subscriptions.parse(raw)).toEqual({
      subscriptionId: "S-1",
      customerId: "C-1",
      plan: null,
      amount: 5,
      billingPeriod: "month",
      startDate: "2024-01-01",
      endDate: null,
    });
    const bad = ROW_SCHEMAS.subscriptions.safeParse({ ...raw, amount: "-20" });
    expect(bad.success ? null : bad.error.issues[0].message).toBe("amount: '-20' is negative; amounts must be 0 or more");
  });
});

describe("row errors", () => {
  it("numbers rows as a spreadsheet does and says what is wrong", async () => {
    const errors = await errorsOf(
      "subscriptions",
      `${SUBS}S-1,C-1,,-20,,2024-01-01,\nS-2,C-1,,$20,,2024-02-30,\nS-3,C-1,,"1,200",weekly,2024-01-01,2023-12-01\n`,
    );
    expect(errors).toEqual([
      { row: 2, column: "amount", value: "-20", message: "amount: '-20' is negative; amounts must be 0 or more" },
      { row: 3, column: "amount", value: "$20", message: expect.stringMatching(/currency symbol/) },
      { row: 3, column: "start_date", value: "2024-02-30", message: "start_date: '2024-02-30' is not a real calendar date" },
      { row: 4, column: "amount", value: "1,200", message: expect.stringMatching(/thousands separator/) },
      { row: 4, column: "billing_period", value: "weekly", message: "billing_period: 'weekly' is not one of month, quarter, year" },
    ]);
  });

  it("requires end_date after start_date", async () => {
    const errors = await errorsOf("subscriptions", `${SUBS}S-1,C-1,,20,,2024-03-01,2024-03-01\n`);
    expect(errors[0]).toMatchObject({ row: 2, column: "end_date", message: expect.stringMatching(/is not after start_date 2024-03-01/) });
  });

  it("reports blank required cells", async () => {
    const errors = await errorsOf("customers", "customer_id,name,signup_date\nC-1,,2024-01-01\n");
    expect(errors).toEqual([{ row: 2, column: "name", value: "", message: "name is required; this cell is blank" }]);
  });

  it("checks survey scores per kind", async () => {
    const errors = await errorsOf(
      "surveys",
      "response_id,survey,score,responded_at\nR-1,nps,11,2024-01-01\nR-2,CSAT,0,2024-01-01\nR-3,ces,7,2024-01-01\nR-4,nps,8.5,2024-01-01\nR-5,nps,0,2024-01-01\n",
    );
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [2, "score: '11' is out of range; nps scores run from 0 to 10"],
      [3, "score: '0' is out of range; csat scores run from 1 to 5"],
      [5, "score: '8.5' is not a whole number"],
    ]);
  });

  it("refuses ticket responses before creation", async () => {
    const errors = await errorsOf(
      "tickets",
      "ticket_id,created_at,first_response_at,resolved_at,resolved_on_first_contact\nT-1,2024-01-02T10:00:00Z,2024-01-02T09:00:00Z,2024-01-01,maybe\n",
    );
    expect(errors.map((e) => e.column)).toEqual(["resolved_on_first_contact"]);
    const later = await errorsOf(
      "tickets",
      "ticket_id,created_at,first_response_at,resolved_at\nT-1,2024-01-02T10:00:00Z,2024-01-02T09:00:00Z,2024-01-01\n",
    );
    expect(later.map((e) => e.column)).toEqual(["first_response_at", "resolved_at"]);
  });

  it("checks usage counts and cost categories", async () => {
    const usage = await errorsOf("usage", "customer_id,month,active_users,avg_session_minutes\nC-1,2024-01,-3,1.5\nC-1,2024-13,2.5,x\n");
    expect(usage.map((e) => e.column)).toEqual(["active_users", "month", "active_users", "avg_session_minutes"]);
    const costs = await errorsOf("costs", "month,category,amount\n2024-01,Sales & Marketing,10\n2024-01,rent,10\n");
    expect(costs).toEqual([{ row: 3, column: "category", value: "rent", message: expect.stringMatching(/not one of customer_success/) }]);
  });

  it("names both rows of a repeated key", async () => {
    const errors = await errorsOf("customers", "customer_id,name,signup_date\nC-1,A,2024-01-01\nC-2,B,2024-01-01\nC-1,C,2024-01-01\n");
    expect(errors).toEqual([{ row: 4, column: "customer_id", value: "C-1", message: expect.stringMatching(/rows 2 and 4/) }]);
    const costs = await errorsOf("costs", "month,category,segment,amount\n2024-01,support,,1\n2024-01,Support, ,2\n");
    expect(errors.length + costs.length).toBe(2);
  });

  it("refuses rows with more cells than the header, and a header naming a column twice", async () => {
    const errors = await errorsOf("customers", "customer_id,name,signup_date\nC-1,Acme, Inc,2024-01-01\nC-2,B,2024-01-01,,\n");
    expect(errors).toEqual([
      {
        row: 2,
        column: "",
        value: "2024-01-01",
        message: expect.stringMatching(/4 cells but the header has 3 columns; put cells that contain commas in double quotes/),
      },
    ]);
    const { outcome } = await run("customers", "customer_id,name,Name,signup_date\nC-1,A,B,2024-01-01\n");
    expect(outcome).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/names name more than once/) });
  });

  it("names the row and column of a value that cannot be real", async () => {
    const customers = await errorsOf(
      "customers",
      "customer_id,name,signup_date\nC-1,Acme,2024-01-01\nC-2,Globex,9999-12-31\nC-3,Initech,0024-03-01\n",
    );
    expect(customers).toEqual([
      {
        row: 3,
        column: "signup_date",
        value: "9999-12-31",
        message: "signup_date: '9999-12-31' is outside the years 1900-2100; check the year",
      },
      {
        row: 4,
        column: "signup_date",
        value: "0024-03-01",
        message: "signup_date: '0024-03-01' is outside the years 1900-2100; check the year",
      },
    ]);
    const huge = `1${"0".repeat(400)}`;
    const subs = await errorsOf("subscriptions", `${SUBS}S-1,C-1,,${huge},,2024-01-01,\n`);
    expect(subs).toEqual([
      { row: 2, column: "amount", value: huge, message: `amount: '${huge}' is too large to be a real number; check the value` },
    ]);
  });

  it("caps the list and keeps the exact total", async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `S-${i},C-1,,-1,,2024-01-01,`).join("\n");
    const { outcome } = await run("subscriptions", SUBS + rows);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 250 });
    expect(!outcome.ok && outcome.errors).toHaveLength(200);
  });

  it("counts rows under a multi-line quoted cell as one spreadsheet row, and blank lines as rows", async () => {
    const errors = await errorsOf("customers", 'customer_id,name,signup_date\nC-1,"two\nlines",2024-01-01\n\nC-2,B,nope\n');
    expect(errors[0]).toMatchObject({ row: 4, column: "signup_date" });
  });
});

describe("file errors", () => {
  it("names missing columns and the kind the header looks like", async () => {
    const { outcome } = await run("customers", SUBS + "S-1,C-1,,1,,2024-01-01,\n");
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      error: expect.stringMatching(/This looks like a subscriptions file; choose the subscriptions kind/),
    });
  });

  it("refuses empty files and header-only files", async () => {
    expect((await run("customers", "")).outcome).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/empty/) });
    expect((await run("customers", "customer_id,name,signup_date\n")).outcome).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no data rows/),
    });
  });

  it("accepts a UTF-8 BOM and multi-byte characters split across chunks", async () => {
    const bytes = Buffer.from("\uFEFFcustomer_id,name,signup_date\nC-1,Zoë Café,2024-01-01\n", "utf8");
    const split = bytes.indexOf(0xc3) + 1;
    const { outcome, records } = await run("customers", [bytes.subarray(0, split), bytes.subarray(split)]);
    expect(outcome.ok).toBe(true);
    expect(records[0]).toMatchObject({ customerId: "C-1", name: "Zoë Café" });
  });

  it("refuses a file over the size limit with 413", async () => {
    const outcome = await validateCsv("customers", [Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)], { maxBytes: 1000 });
    expect(outcome).toMatchObject({ ok: false, status: 413 });
  });
});
