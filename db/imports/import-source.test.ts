import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { prepareParts } from "@/lib/metrics/prepare";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { loadDatasetParts } from "../queries/dataset-parts";
import { saveReportingCurrency } from "../queries/settings";
import { importCsv } from "./import-csv";
import type { ImportRequest } from "./import-types";
import { undoImport } from "./undo-import";

const SAMPLE = fs.readFileSync(path.join(process.cwd(), "lib/import/sources/samples/stripe-subscriptions.csv"), "utf8");
const NO_FILTER = { segment: null, csm: null, plan: null };

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const load = (input: ImportRequest["input"], extra: Partial<ImportRequest> = {}) =>
  importCsv(db, { kind: "subscriptions", fileName: "subscriptions.csv", userEmail: null, input, ...extra });
const rows = (sql: string) => db.$client.prepare(sql).all();
const metrics = () =>
  computeMetrics(prepareParts(loadDatasetParts(db)), { from: "2024-01", to: "2024-12" }, NO_FILTER, DEFAULT_HEALTH_SETTINGS);

/*
 * The sample, read as DATA.md says (MRR = amount / months of the billing period):
 *   Acme      sub A1 100/month from 2024-01-05; sub A2 5 x 20 = 100/month from 2024-03-10 (listed first, Created later)
 *   Globex    2400/year = 200/month; trial to 2024-02-03, so from February
 *   Initech   2 x 300 per 3 months = 200/month, 2024-02-01 until Ended At 2024-06-01 (active Feb-May);
 *             back with 250/month from 2024-09-01
 *   Umbrella  150/month from 2024-04-02, canceled but Ended At blank: still active
 *   Soylent   3 x 1200/year = 300/month from 2024-06-10 (past_due; named by its email); an earlier
 *             incomplete_expired attempt (Created 2024-05-28) is skipped but dates its signup
 *   cus_PjNoName 50/month from 2024-07-01 until 2024-10-01 (active Jul-Sep; unpaid; named by its id)
 *   Cyberdyne trialing until 2025-01-10: stored, no MRR in 2024
 *   skipped: Hooli (trial ended at its end, never converted), Stark (incomplete), Wayne and Soylent's first
 *            attempt (incomplete_expired), Free Co (0.00); Hooli, Stark, Wayne and Free Co are not created
 *
 * MRR by month: Jan 100; Feb 100+200+200 = 500; Mar 600; Apr 750; May 750; Jun 750-200+300 = 850;
 * Jul 900; Aug 900; Sep 900+250 = 1150; Oct 1150-50 = 1100; Nov 1100; Dec 1100.
 * Movements: Jan new 100 (Acme); Feb new 400 (Globex, Initech); Mar expansion 100 (Acme); Apr new 150;
 * Jun churn 200 (Initech), new 300 (Soylent); Jul new 50; Sep reactivation 250 (Initech); Oct churn 50.
 */
const MRR = [100, 500, 600, 750, 750, 850, 900, 900, 1150, 1100, 1100, 1100];

describe("a Stripe subscriptions export imported alone", () => {
  it("recognises the export, creates its customers and subscriptions in one import, and answers the counts of each kind", async () => {
    const outcome = await load(SAMPLE);
    expect(outcome).toEqual({
      ok: true,
      result: {
        import_id: 1,
        kind: "subscriptions",
        preset: "stripe-subscriptions",
        rows_read: 14,
        inserted: 9,
        updated: 0,
        unchanged: 0,
        skipped: 5,
        warnings: [
          "1 row skipped whose end is not after its start: a trial that never converted earns no MRR.",
          "3 rows with Status incomplete or incomplete_expired skipped: never paid, so never MRR.",
          "1 row with amount 0 skipped: free plans earn no MRR.",
        ],
        kinds: { customers: { inserted: 7, updated: 0, unchanged: 0 }, subscriptions: { inserted: 9, updated: 0, unchanged: 0 } },
      },
    });
    expect(
      rows("SELECT customer_id, name, segment, plan, csm, acquisition_channel, signup_date FROM customers ORDER BY signup_date"),
    ).toEqual([
      {
        customer_id: "cus_PaAcme",
        name: "Acme Corp",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-01-05",
      },
      {
        customer_id: "cus_PbGlobex",
        name: "Globex",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-01-20",
      },
      {
        customer_id: "cus_PcInitech",
        name: "Initech",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-02-01",
      },
      {
        customer_id: "cus_PdUmbrella",
        name: "Umbrella",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-04-02",
      },
      {
        customer_id: "cus_PiSoylent",
        name: "ops@soylent.example",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-05-28",
      },
      {
        customer_id: "cus_PjNoName",
        name: "cus_PjNoName",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-07-01",
      },
      {
        customer_id: "cus_PkCyberdyne",
        name: "Cyberdyne",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-12-10",
      },
    ]);
    expect(
      rows(
        "SELECT subscription_id, customer_id, plan, amount, billing_period, start_date, end_date FROM subscriptions ORDER BY start_date, subscription_id",
      ),
    ).toEqual([
      {
        subscription_id: "sub_1OaA1pro",
        customer_id: "cus_PaAcme",
        plan: "Pro Monthly",
        amount: 100,
        billing_period: "month",
        start_date: "2024-01-05",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaC1qtr",
        customer_id: "cus_PcInitech",
        plan: "Growth Quarterly",
        amount: 600,
        billing_period: "quarter",
        start_date: "2024-02-01",
        end_date: "2024-06-01",
      },
      {
        subscription_id: "sub_1OaB1scale",
        customer_id: "cus_PbGlobex",
        plan: "Scale Yearly",
        amount: 2400,
        billing_period: "year",
        start_date: "2024-02-03",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaA2seats",
        customer_id: "cus_PaAcme",
        plan: "Seats add-on",
        amount: 100,
        billing_period: "month",
        start_date: "2024-03-10",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaD1pro",
        customer_id: "cus_PdUmbrella",
        plan: "Pro Monthly",
        amount: 150,
        billing_period: "month",
        start_date: "2024-04-02",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaI1team",
        customer_id: "cus_PiSoylent",
        plan: "Team Yearly",
        amount: 3600,
        billing_period: "year",
        start_date: "2024-06-10",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaJ1basic",
        customer_id: "cus_PjNoName",
        plan: "Keel Basic",
        amount: 50,
        billing_period: "month",
        start_date: "2024-07-01",
        end_date: "2024-10-01",
      },
      {
        subscription_id: "sub_1OaC2back",
        customer_id: "cus_PcInitech",
        plan: "Pro Monthly",
        amount: 250,
        billing_period: "month",
        start_date: "2024-09-01",
        end_date: null,
      },
      {
        subscription_id: "sub_1OaK1trial",
        customer_id: "cus_PkCyberdyne",
        plan: "Enterprise Monthly",
        amount: 500,
        billing_period: "month",
        start_date: "2025-01-10",
        end_date: null,
      },
    ]);
  });

  it("gives the MRR per month and the movements the DATA.md readings imply", async () => {
    expect(await load(SAMPLE)).toMatchObject({ ok: true });
    const m = metrics();
    expect(m.months.map((x) => x.mrr)).toEqual(MRR);
    expect(m.months.map((x) => [x.month, x.new_mrr, x.expansion_mrr, x.contraction_mrr, x.churned_mrr, x.reactivation_mrr])).toEqual([
      ["2024-01", 100, 0, 0, 0, 0],
      ["2024-02", 400, 0, 0, 0, 0],
      ["2024-03", 0, 100, 0, 0, 0],
      ["2024-04", 150, 0, 0, 0, 0],
      ["2024-05", 0, 0, 0, 0, 0],
      ["2024-06", 300, 0, 0, 200, 0],
      ["2024-07", 50, 0, 0, 0, 0],
      ["2024-08", 0, 0, 0, 0, 0],
      ["2024-09", 0, 0, 0, 0, 250],
      ["2024-10", 0, 0, 0, 50, 0],
      ["2024-11", 0, 0, 0, 0, 0],
      ["2024-12", 0, 0, 0, 0, 0],
    ]);
    expect(m.summary).toMatchObject({
      mrr: 1100,
      arr: 13200,
      active_customers: 5,
      arpa: 220,
      new_mrr: 1000,
      expansion_mrr: 100,
      contraction_mrr: 0,
      churned_mrr: 250,
      reactivation_mrr: 250,
      new_customers: 6,
      churned_customers: 2,
      reactivated_customers: 1,
    });
  });

  it("changes nothing the second time, and leaves stored customers as they are", async () => {
    await load(SAMPLE);
    db.$client.prepare("UPDATE customers SET name = 'Acme (renamed)', segment = 'SMB' WHERE customer_id = 'cus_PaAcme'").run();
    const again = await load(SAMPLE, { fileName: "again.csv" });
    expect(again).toMatchObject({
      ok: true,
      result: { inserted: 0, updated: 0, unchanged: 9, skipped: 5, kinds: { customers: { inserted: 0, updated: 0, unchanged: 7 } } },
    });
    expect(rows("SELECT name, segment FROM customers WHERE customer_id = 'cus_PaAcme'")).toEqual([
      { name: "Acme (renamed)", segment: "SMB" },
    ]);
  });

  it("takes the preset field, refuses an unknown one naming the valid ones", async () => {
    expect(await load(SAMPLE, { preset: "Stripe-Subscriptions" })).toMatchObject({ ok: true, result: { preset: "stripe-subscriptions" } });
    expect(await load(SAMPLE, { preset: "chargebee" })).toEqual({
      ok: false,
      status: 400,
      error:
        "Unknown preset 'chargebee'; preset must be one of stripe-subscriptions, stripe-customers, zendesk-tickets, freshdesk-tickets, hubspot-companies, salesforce-accounts (or leave it out to use Keel's own columns).",
      errors: [],
      error_count: 0,
    });
  });

  it("refuses a file that lacks the columns of the preset it is sent with", async () => {
    const keel = "subscription_id,customer_id,amount,start_date\nS-1,C-1,100,2024-01-01\n";
    expect(await load(keel, { preset: "stripe-subscriptions" })).toMatchObject({
      ok: false,
      status: 422,
      error_count: 1,
      errors: [{ row: 1, column: "id, customer id, status, currency, interval, start (utc) or start date (utc)" }],
      error: expect.stringContaining("The file is not a Stripe subscriptions export as preset stripe-subscriptions reads it"),
    });
  });

  it("reads a streamed file the same way (the header is peeked, then replayed)", async () => {
    const bytes = Buffer.from(SAMPLE);
    const chunks = [bytes.subarray(0, 100), bytes.subarray(100, 1500), bytes.subarray(1500)];
    expect(await load(chunks)).toMatchObject({ ok: true, result: { preset: "stripe-subscriptions", rows_read: 14, inserted: 9 } });
  });

  it("writes nothing when a row is in another currency or a weekly plan, naming row and column", async () => {
    saveReportingCurrency(db, "EUR");
    const outcome = await load(SAMPLE);
    // 14 rows less the 3 never paid, which are skipped before their cells are read.
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 11 });
    if (outcome.ok) return;
    expect(outcome.errors[0]).toMatchObject({
      row: 2,
      column: "Currency",
      value: "usd",
      message: expect.stringContaining("reporting currency EUR"),
    });
    saveReportingCurrency(db, "usd");
    const weekly = SAMPLE.replace("USD,month,1,150.00", "USD,week,1,150.00");
    expect(await load(weekly)).toMatchObject({
      ok: false,
      status: 422,
      errors: [{ row: 6, column: "Interval", value: "week", message: expect.stringContaining("monthly and yearly plans only") }],
    });
    expect(rows("SELECT count(*) AS n FROM customers")).toEqual([{ n: 0 }]);
    expect(rows("SELECT count(*) AS n FROM imports")).toEqual([{ n: 0 }]);
  });

  it("reports a subscription id repeated in the file", async () => {
    const repeated = `${SAMPLE}sub_1OaA1pro,cus_PaAcme,Acme Corp,,Pro,,1,usd,month,1,10,active,2024-01-05 10:00,2024-01-05 10:00,,,,,,,,\n`;
    expect(await load(repeated)).toMatchObject({
      ok: false,
      status: 422,
      errors: [{ row: 16, column: "subscription_id", value: "sub_1OaA1pro" }],
    });
  });

  it("undoes the import whole: its subscriptions and the customers it created", async () => {
    await load(SAMPLE);
    expect(undoImport(db, 1)).toMatchObject({ ok: true });
    expect(rows("SELECT (SELECT count(*) FROM customers) AS c, (SELECT count(*) FROM subscriptions) AS s")).toEqual([{ c: 0, s: 0 }]);
  });

  it("refuses to undo when a later import changed a customer it created", async () => {
    await load(SAMPLE);
    const later = await importCsv(db, {
      kind: "customers",
      fileName: "customers.csv",
      userEmail: null,
      input: "customer_id,name,segment,signup_date\ncus_PaAcme,Acme Corp,SMB,2024-01-05\n",
    });
    expect(later).toMatchObject({ ok: true, result: { updated: 1 } });
    expect(undoImport(db, 1)).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("undo import #2 first") });
  });
});

const sample = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib/import/sources/samples", name), "utf8");

describe("the other source formats", () => {
  it("a Stripe customers export after the subscriptions export fills in names, segments and owners", async () => {
    await load(SAMPLE);
    const outcome = await importCsv(db, {
      kind: "customers",
      fileName: "customers.csv",
      userEmail: null,
      input: sample("stripe-customers.csv"),
    });
    expect(outcome).toMatchObject({
      ok: true,
      // Soylent has no Name and no metadata: its row says what the subscriptions export already made of it.
      result: {
        kind: "customers",
        preset: "stripe-customers",
        rows_read: 5,
        inserted: 0,
        updated: 4,
        unchanged: 1,
        kinds: { customers: { updated: 4, unchanged: 1 } },
      },
    });
    expect(
      rows(
        "SELECT customer_id, name, segment, plan, csm, acquisition_channel, signup_date FROM customers WHERE customer_id IN ('cus_PaAcme', 'cus_PcInitech', 'cus_PiSoylent') ORDER BY 1",
      ),
    ).toEqual([
      {
        customer_id: "cus_PaAcme",
        name: "Acme Corp",
        segment: "SMB",
        plan: "Pro",
        csm: "Ana",
        acquisition_channel: "referral",
        signup_date: "2024-01-05",
      },
      {
        customer_id: "cus_PcInitech",
        name: "ap@initech.example",
        segment: "Mid-market",
        plan: "Growth",
        csm: "Ana",
        acquisition_channel: null,
        signup_date: "2024-02-01",
      },
      {
        customer_id: "cus_PiSoylent",
        name: "ops@soylent.example",
        segment: "",
        plan: null,
        csm: null,
        acquisition_channel: null,
        signup_date: "2024-05-28",
      },
    ]);
  });

  it("HubSpot companies, then Zendesk tickets matched to them by organization name", async () => {
    const companies = await importCsv(db, {
      kind: "customers",
      fileName: "companies.csv",
      userEmail: null,
      input: sample("hubspot-companies.csv"),
    });
    expect(companies).toMatchObject({
      ok: true,
      result: {
        preset: "hubspot-companies",
        rows_read: 6,
        inserted: 4,
        skipped: 2,
        warnings: [
          "2 companies skipped whose Lifecycle Stage is not Customer or Evangelist (leads and opportunities are not customers yet).",
          "Read as a HubSpot companies export; columns not used: Industry, Number of Employees, Annual Revenue, Country/Region, Last Activity Date.",
        ],
      },
    });
    expect(rows("SELECT customer_id, name, segment, plan, csm, acquisition_channel, signup_date FROM customers ORDER BY 1")).toEqual([
      {
        customer_id: "18230311",
        name: "Acme Corp",
        segment: "SMB",
        plan: "Pro",
        csm: "Ana Silva",
        acquisition_channel: "referral",
        signup_date: "2023-11-02",
      },
      {
        customer_id: "18230312",
        name: "Globex",
        segment: "Enterprise",
        plan: "Scale",
        csm: "Ben Okafor",
        acquisition_channel: "offline_sources",
        signup_date: "2023-12-14",
      },
      {
        customer_id: "18230313",
        name: "Initech",
        segment: "Mid-market",
        plan: "Growth",
        csm: "Ana Silva",
        acquisition_channel: "organic_search",
        signup_date: "2024-01-08",
      },
      {
        customer_id: "18230316",
        name: "Dunder Mifflin",
        segment: "SMB",
        plan: "Starter",
        csm: "Ana Silva",
        acquisition_channel: null,
        signup_date: "2024-08-19",
      },
    ]);
    const tickets = await importCsv(db, {
      kind: "tickets",
      fileName: "tickets.csv",
      userEmail: null,
      input: sample("zendesk-tickets.csv"),
    });
    expect(tickets).toMatchObject({ ok: true, result: { kind: "tickets", preset: "zendesk-tickets", rows_read: 4, inserted: 4 } });
    const at = (iso: string) => Date.parse(iso);
    expect(rows("SELECT * FROM tickets ORDER BY ticket_id")).toEqual([
      {
        ticket_id: "1041",
        customer_id: "18230311",
        created_at: at("2024-03-04T09:12:00Z"),
        first_response_at: at("2024-03-04T09:57:00Z"),
        resolved_at: at("2024-03-04T11:40:00Z"),
        resolved_on_first_contact: 1,
        priority: "Normal",
        channel: "Web form",
        import_id: 2,
      },
      {
        ticket_id: "1042",
        customer_id: "18230312",
        created_at: at("2024-03-05T14:00:00Z"),
        first_response_at: at("2024-03-05T15:30:00Z"),
        resolved_at: at("2024-03-07T16:00:00Z"),
        resolved_on_first_contact: 0,
        priority: "High",
        channel: "Mail",
        import_id: 2,
      },
      {
        ticket_id: "1043",
        customer_id: "18230313",
        created_at: at("2024-03-09T08:30:00Z"),
        first_response_at: at("2024-03-09T08:45:00Z"),
        resolved_at: null,
        resolved_on_first_contact: null,
        priority: "Low",
        channel: "Chat",
        import_id: 2,
      },
      {
        ticket_id: "1044",
        customer_id: null,
        created_at: at("2024-03-10T12:00:00Z"),
        first_response_at: at("2024-03-10T12:02:30Z"),
        resolved_at: at("2024-03-10T12:05:00Z"),
        resolved_on_first_contact: 1,
        priority: "Normal",
        channel: "Chat",
        import_id: 2,
      },
    ]);
  });

  it("a Salesforce accounts export: customers, without deleted accounts or prospects", async () => {
    const outcome = await importCsv(db, {
      kind: "customers",
      fileName: "Account.csv",
      userEmail: null,
      input: sample("salesforce-accounts.csv"),
    });
    expect(outcome).toMatchObject({ ok: true, result: { preset: "salesforce-accounts", rows_read: 5, inserted: 3, skipped: 2 } });
    expect(rows("SELECT customer_id, name, segment, csm, acquisition_channel, signup_date FROM customers ORDER BY 1")).toEqual([
      {
        customer_id: "0015g00000AcmeAAA",
        name: "Acme Corp",
        segment: "SMB",
        csm: "Ana Silva",
        acquisition_channel: "referral",
        signup_date: "2023-11-02",
      },
      {
        customer_id: "0015g00000GlobBAA",
        name: "Globex",
        segment: "Enterprise",
        csm: "Ben Okafor",
        acquisition_channel: "web",
        signup_date: "2023-12-14",
      },
      {
        customer_id: "0015g00000InitAAA",
        name: "Initech",
        segment: "Mid-market",
        csm: "Ana Silva",
        acquisition_channel: "phone_inquiry",
        signup_date: "2024-01-08",
      },
    ]);
  });

  it("Freshdesk tickets matched to HubSpot companies by Company Name", async () => {
    await importCsv(db, { kind: "customers", fileName: "companies.csv", userEmail: null, input: sample("hubspot-companies.csv") });
    const tickets = await importCsv(db, {
      kind: "tickets",
      fileName: "tickets.csv",
      userEmail: null,
      input: sample("freshdesk-tickets.csv"),
    });
    expect(tickets).toMatchObject({ ok: true, result: { preset: "freshdesk-tickets", rows_read: 4, inserted: 4 } });
    expect(
      rows(
        "SELECT ticket_id, customer_id, first_response_at, resolved_at, resolved_on_first_contact, priority, channel FROM tickets ORDER BY ticket_id",
      ),
    ).toEqual([
      {
        ticket_id: "2001",
        customer_id: "18230312",
        first_response_at: Date.parse("2024-04-02T10:45:00Z"),
        resolved_at: Date.parse("2024-04-02T15:30:00Z"),
        resolved_on_first_contact: 1,
        priority: "Medium",
        channel: "Email",
      },
      {
        ticket_id: "2002",
        customer_id: "18230311",
        first_response_at: Date.parse("2024-04-05T09:30:00Z"),
        resolved_at: Date.parse("2024-04-08T12:00:00Z"),
        resolved_on_first_contact: 0,
        priority: "High",
        channel: "Portal",
      },
      {
        ticket_id: "2003",
        customer_id: "18230313",
        first_response_at: null,
        resolved_at: null,
        resolved_on_first_contact: null,
        priority: "Low",
        channel: "Chat",
      },
      {
        ticket_id: "2004",
        customer_id: null,
        first_response_at: Date.parse("2024-04-10T11:05:00Z"),
        resolved_at: Date.parse("2024-04-11T10:00:00Z"),
        resolved_on_first_contact: 1,
        priority: "Low",
        channel: "Feedback Widget",
      },
    ]);
  });

  it("Zendesk tickets before their companies: every named organization is a row error, nothing written", async () => {
    const outcome = await importCsv(db, {
      kind: "tickets",
      fileName: "tickets.csv",
      userEmail: null,
      input: sample("zendesk-tickets.csv"),
    });
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      error_count: 3,
      errors: [{ row: 2, column: "Organization", value: "Acme Corp" }, { row: 3 }, { row: 4 }],
    });
    expect(rows("SELECT count(*) AS n FROM tickets")).toEqual([{ n: 0 }]);
  });
});

describe("a source file written by a spreadsheet", () => {
  it("reads a semicolon-separated Windows-1252 Stripe export, with a warning", async () => {
    const semicolons = SAMPLE.replace(/,/g, ";").replaceAll("Acme Corp", "Café Müller");
    const outcome = await load([Buffer.from(semicolons, "latin1")]);
    expect(outcome).toMatchObject({
      ok: true,
      result: { preset: "stripe-subscriptions", inserted: 9, kinds: { customers: { inserted: 7 } } },
    });
    if (!outcome.ok) return;
    expect(outcome.result.warnings[0]).toMatch(/Windows-1252/);
    expect(rows("SELECT name FROM customers WHERE customer_id = 'cus_PaAcme'")).toEqual([{ name: "Café Müller" }]);
  });

  it("reports an unclosed quote at the row where it starts, naming the export's column", async () => {
    const broken = SAMPLE.replace("sub_1OaD1pro,cus_PdUmbrella,Umbrella", 'sub_1OaD1pro,cus_PdUmbrella,"Umbrella');
    const outcome = await load(broken);
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 1, errors: [{ row: 6, column: "Customer Name" }] });
    expect(rows("SELECT count(*) AS n FROM imports")).toEqual([{ n: 0 }]);
  });
});
