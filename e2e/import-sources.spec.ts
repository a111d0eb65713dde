import path from "node:path";
import { expect, test, type APIRequestContext } from "./fixtures";
import { IMPORT_URL } from "../playwright.config";

const SAMPLE = path.join(process.cwd(), "lib/import/sources/samples/stripe-subscriptions.csv");
const PERIOD = "from=2024-01&to=2024-12";
// Worked by hand in db/imports/import-source.test.ts from the DATA.md readings of the sample.
const MRR = [100, 500, 600, 750, 750, 850, 900, 900, 1150, 1100, 1100, 1100];

async function monthlyMrr(request: APIRequestContext): Promise<number[]> {
  const response = await request.get(`${IMPORT_URL}/api/metrics?${PERIOD}`);
  expect(response.ok()).toBeTruthy();
  return (await response.json()).months.map((m: { mrr: number }) => m.mrr);
}

async function undo(request: APIRequestContext, id: number) {
  expect((await request.delete(`${IMPORT_URL}/api/imports/${id}`)).ok()).toBeTruthy();
}

test.describe.configure({ mode: "serial" });

test.describe("a Stripe subscriptions export, uploaded as it is", () => {
  test("is recognised in the preview, imports through the form and gives the hand-worked MRR", async ({ page, request }) => {
    const before = await monthlyMrr(request);
    await page.goto(`${IMPORT_URL}/import`);
    await page.getByLabel("CSV file").setInputFiles(SAMPLE);
    await expect(page.getByRole("heading", { name: "Stripe subscriptions export recognised" })).toBeVisible();
    await expect(page.getByText("it fills customers and subscriptions")).toBeVisible();

    await page.getByRole("button", { name: "Import Stripe subscriptions export" }).click();
    const result = page.getByRole("status");
    await expect(result).toContainText("Stripe subscriptions export imported");
    await expect(result.getByText("Inserted", { exact: true }).locator("..")).toContainText("9");
    await expect(result.getByText("Skipped", { exact: true }).locator("..")).toContainText("5");
    await expect(result.getByRole("list", { name: "Rows written per kind" })).toContainText(
      "Customers: 7 inserted, 0 updated, 0 unchanged",
    );
    await expect(result).toContainText("3 rows with Status incomplete or incomplete_expired skipped");

    const after = await monthlyMrr(request);
    expect(after.map((mrr, i) => mrr - before[i])).toEqual(MRR);

    const imports = (await (await request.get(`${IMPORT_URL}/api/imports`)).json()).imports;
    expect(imports[0]).toMatchObject({ kind: "subscriptions", file_name: "stripe-subscriptions.csv", rows_read: 14, inserted: 9 });
    await undo(request, imports[0].id);
    expect(await monthlyMrr(request)).toEqual(before);
  });

  test("the API takes the preset field, answers the counts of each kind, and refuses an unknown preset", async ({ request }) => {
    const file = { name: "export.csv", mimeType: "text/csv", buffer: (await import("node:fs")).readFileSync(SAMPLE) };
    const unknown = await request.post(`${IMPORT_URL}/api/imports`, { multipart: { kind: "subscriptions", preset: "chargebee", file } });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toContain(
      "stripe-subscriptions, stripe-customers, zendesk-tickets, freshdesk-tickets, hubspot-companies, salesforce-accounts",
    );

    const set = await request.put(`${IMPORT_URL}/api/settings/currency`, { data: { currency: "EUR" } });
    expect(await set.json()).toEqual({ currency: "eur" });
    const foreign = await request.post(`${IMPORT_URL}/api/imports`, {
      multipart: { kind: "subscriptions", preset: "stripe-subscriptions", file },
    });
    expect(foreign.status()).toBe(422);
    expect((await foreign.json()).errors[0]).toMatchObject({ row: 2, column: "Currency", value: "usd" });
    await request.put(`${IMPORT_URL}/api/settings/currency`, { data: { currency: "usd" } });

    const ok = await request.post(`${IMPORT_URL}/api/imports`, {
      multipart: { kind: "subscriptions", preset: "stripe-subscriptions", file },
    });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({
      kind: "subscriptions",
      preset: "stripe-subscriptions",
      rows_read: 14,
      inserted: 9,
      skipped: 5,
      kinds: { customers: { inserted: 7, updated: 0, unchanged: 0 }, subscriptions: { inserted: 9, updated: 0, unchanged: 0 } },
    });
    await undo(request, body.import_id);
  });
});

test("the reporting currency is set in Settings and read back by the API", async ({ page, request }) => {
  await page.goto(`${IMPORT_URL}/settings`);
  const field = page.getByLabel("Currency code");
  await expect(field).toHaveValue("USD");
  await field.fill("eur");
  await page.getByRole("button", { name: "Use this currency" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The next billing import uses EUR" })).toBeVisible();
  expect(await (await request.get(`${IMPORT_URL}/api/settings/currency`)).json()).toEqual({ currency: "eur" });
  const bad = await request.put(`${IMPORT_URL}/api/settings/currency`, { data: { currency: "€" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("three-letter currency code");
  await request.put(`${IMPORT_URL}/api/settings/currency`, { data: { currency: "usd" } });
});
