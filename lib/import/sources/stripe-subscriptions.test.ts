import { describe, expect, it } from "vitest";
import { billingPeriodOf, stripeSubscriptions } from "./stripe-subscriptions";
import type { SourceContext } from "./source-format";

const HEADER = [
  "id",
  "Customer ID",
  "Customer Name",
  "Customer Email",
  "Plan",
  "Product",
  "Quantity",
  "Currency",
  "Interval",
  "Interval Count",
  "Amount",
  "Status",
  "Created (UTC)",
  "Start (UTC)",
  "Trial End (UTC)",
  "Ended At (UTC)",
  "plan (metadata)",
];
const USD: SourceContext = { reportingCurrency: "usd", customerIdsByName: () => [] };

type Row = Partial<Record<(typeof HEADER)[number], string>>;
const BASE: Row = {
  id: "sub_1",
  "Customer ID": "cus_1",
  "Customer Name": "Acme",
  Plan: "Pro",
  Quantity: "1",
  Currency: "usd",
  Interval: "month",
  Amount: "100.00",
  Status: "active",
  "Created (UTC)": "2024-01-05 10:00",
  "Start (UTC)": "2024-01-05 10:00",
};

function read(row: Row, header: string[] = HEADER, context = USD) {
  const reader = stripeSubscriptions.reader(header);
  return reader.read(
    header.map((h) => ({ ...BASE, ...row })[h] ?? ""),
    context,
  );
}

const subscription = (row: Row) => {
  const out = read(row);
  if (!("ok" in out) || !out.ok) throw new Error(JSON.stringify(out));
  return out.records.find((r) => r.kind === "subscriptions")!.record;
};

describe("stripe-subscriptions", () => {
  it("reads a plain monthly row into a subscription and its customer", () => {
    expect(read({})).toEqual({
      ok: true,
      records: [
        {
          kind: "customers",
          record: {
            customerId: "cus_1",
            name: "Acme",
            segment: "Unassigned",
            plan: null,
            csm: null,
            acquisitionChannel: null,
            signupDate: "2024-01-05",
          },
        },
        {
          kind: "subscriptions",
          record: {
            subscriptionId: "sub_1",
            customerId: "cus_1",
            plan: "Pro",
            amount: 100,
            billingPeriod: "month",
            startDate: "2024-01-05",
            endDate: null,
          },
        },
      ],
    });
  });

  it("multiplies Amount by Quantity (blank = 1) without float noise", () => {
    expect(subscription({ Quantity: "5", Amount: "20.00" }).amount).toBe(100);
    expect(subscription({ Quantity: "3", Amount: "49.99" }).amount).toBe(149.97);
    expect(subscription({ Quantity: "", Amount: "150" }).amount).toBe(150);
  });

  it("maps intervals: month, month x 3 = quarter, year, month x 12 = year", () => {
    expect(subscription({ Interval: "Month", "Interval Count": "" }).billingPeriod).toBe("month");
    expect(subscription({ Interval: "month", "Interval Count": "3" }).billingPeriod).toBe("quarter");
    expect(subscription({ Interval: "year" }).billingPeriod).toBe("year");
    expect(billingPeriodOf("month", 12)).toEqual({ ok: true, value: "year" });
  });

  it("makes daily, weekly and other interval counts row errors that say why", () => {
    expect(read({ Interval: "week" })).toEqual({
      ok: false,
      issues: [{ column: "Interval", value: "week", message: expect.stringContaining("Keel reports monthly and yearly plans only") }],
    });
    expect(read({ Interval: "day" })).toMatchObject({
      ok: false,
      issues: [
        {
          column: "Interval",
          message:
            "Interval: 'day' is a daily plan; Keel reports monthly and yearly plans only (and quarterly: month with Interval Count 3)",
        },
      ],
    });
    expect(read({ Interval: "month", "Interval Count": "6" })).toMatchObject({
      ok: false,
      issues: [
        {
          column: "Interval",
          message:
            "Interval: 'month' with Interval Count 6 bills every 6 months; Keel reads 1 month, 3 months (quarterly), 12 months or 1 year only",
        },
      ],
    });
    expect(read({ Interval: "year", "Interval Count": "2" })).toMatchObject({ ok: false, issues: [{ column: "Interval" }] });
    expect(read({ "Interval Count": "0" })).toMatchObject({
      ok: false,
      issues: [{ column: "Interval", message: expect.stringContaining("Interval Count 0") }],
    });
  });

  it("starts at the end of a trial that ends after the start, in UTC", () => {
    expect(subscription({ "Trial End (UTC)": "2024-01-19 23:30" }).startDate).toBe("2024-01-19");
    expect(subscription({ "Trial End (UTC)": "2024-01-01 00:00" }).startDate).toBe("2024-01-05");
  });

  it("accepts Start Date (UTC), seconds and ISO timestamps", () => {
    const header = HEADER.map((h) => (h === "Start (UTC)" ? "Start Date (UTC)" : h));
    const out = stripeSubscriptions.reader(header).read(
      header.map((h) => ({ ...BASE, "Start Date (UTC)": "2024-02-29T23:59:59Z", "Created (UTC)": "2024-02-29 23:59:59" })[h] ?? ""),
      USD,
    );
    expect(out).toMatchObject({ ok: true, records: [{ record: { signupDate: "2024-02-29" } }, { record: { startDate: "2024-02-29" } }] });
  });

  it("ends at the date of Ended At; blank keeps it running (a cancellation at the period end)", () => {
    expect(subscription({ Status: "canceled", "Ended At (UTC)": "2024-06-01 00:00" }).endDate).toBe("2024-06-01");
    expect(subscription({ Status: "canceled", "Ended At (UTC)": "" }).endDate).toBeNull();
  });

  it("skips never-paid rows, free plans and trials that never converted", () => {
    expect(read({ Status: "incomplete", Currency: "eur", Interval: "week" })).toMatchObject({ skipped: "never-paid" });
    expect(read({ Status: "Incomplete_Expired" })).toMatchObject({ skipped: "never-paid" });
    expect(read({ Amount: "0.00" })).toMatchObject({ skipped: "free" });
    expect(read({ Quantity: "0" })).toMatchObject({ skipped: "free" });
    expect(read({ "Trial End (UTC)": "2024-01-19 10:00", "Ended At (UTC)": "2024-01-19 10:00" })).toMatchObject({
      skipped: "not-converted",
    });
    expect(read({ "Ended At (UTC)": "2024-01-05 18:00" })).toMatchObject({ skipped: "not-converted" });
    expect(stripeSubscriptions.skipWarning("never-paid", 2)).toBe(
      "2 rows with Status incomplete or incomplete_expired skipped: never paid, so never MRR.",
    );
  });

  it("keeps a skipped row's customer and Created as a hint, which only dates a customer other rows create", () => {
    expect(read({ Status: "incomplete", "Created (UTC)": "2023-12-30 23:00", Amount: "not read" })).toEqual({
      skipped: "never-paid",
      hints: [
        {
          kind: "customers",
          record: {
            customerId: "cus_1",
            name: "Acme",
            segment: "Unassigned",
            plan: null,
            csm: null,
            acquisitionChannel: null,
            signupDate: "2023-12-30",
          },
        },
      ],
    });
    expect(read({ Status: "incomplete", "Created (UTC)": "garbage", "Start (UTC)": "" })).toEqual({ skipped: "never-paid" });
  });

  it("reads trialing, past_due and unpaid rows from their dates alone", () => {
    for (const Status of ["trialing", "past_due", "unpaid", "canceled"]) expect(subscription({ Status }).startDate).toBe("2024-01-05");
  });

  it("dates the customer's signup by Created, else by Start", () => {
    const out = read({ "Created (UTC)": "", "Start (UTC)": "2024-02-10 08:00" });
    expect(out).toMatchObject({ ok: true, records: [{ record: { signupDate: "2024-02-10" } }, { record: { startDate: "2024-02-10" } }] });
  });

  it("names the customer by Customer Name, else Customer Email, else the id", () => {
    const customer = (row: Row) => {
      const out = read(row);
      return "ok" in out && out.ok ? out.records[0].record : null;
    };
    expect(customer({ "Customer Name": "", "Customer Email": "ops@x.example" })).toMatchObject({ name: "ops@x.example" });
    expect(customer({ "Customer Name": "", "Customer Email": "" })).toMatchObject({ name: "cus_1" });
  });

  it("takes Plan, else Product", () => {
    expect(subscription({ Plan: "", Product: "Keel Basic" }).plan).toBe("Keel Basic");
  });

  it("refuses a row in another currency than the reporting one, case-insensitively", () => {
    expect(subscription({ Currency: "USD" }).amount).toBe(100);
    expect(read({ Currency: "eur" })).toEqual({
      ok: false,
      issues: [{ column: "Currency", value: "eur", message: expect.stringContaining("'eur' is not the reporting currency USD") }],
    });
    expect(read({ Currency: "eur" }, HEADER, { ...USD, reportingCurrency: "eur" })).toMatchObject({ ok: true });
  });

  it("reports bad cells by the export's own column names", () => {
    expect(read({ Amount: "$100", "Created (UTC)": "05/01/2024", id: "" })).toEqual({
      ok: false,
      issues: [
        { column: "id", value: "", message: "id is required; this cell is blank" },
        { column: "Amount", value: "$100", message: expect.stringContaining("currency symbol") },
        { column: "Created (UTC)", value: "05/01/2024", message: expect.stringContaining("is not a timestamp") },
      ],
    });
  });

  it("ignores metadata columns and lists other unread columns", () => {
    expect(stripeSubscriptions.reader([...HEADER, "Coupon", "Trial Start (UTC)"]).unused).toEqual(["Coupon"]);
  });
});
