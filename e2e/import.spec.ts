import { expect, test, type Page } from "./fixtures";
import { IMPORT_URL } from "../playwright.config";

const CUSTOMERS = `customer_id,name,segment,plan,csm,acquisition_channel,signup_date
C1,Acme,SMB,Starter,Ana,referral,2024-01-10
C2,Globex,Enterprise,Scale,Ben,outbound,2024-02-01
C3,Initech,,Growth,Ana,inbound,2024-03-05
`;

// C1 100/month from Jan; C2 12,000/year = 1,000/month Feb..May (ends 2024-06-01); C3 900/quarter = 300/month from Mar.
const SUBSCRIPTIONS = `subscription_id,customer_id,plan,amount,billing_period,start_date,end_date
S1,C1,Starter,100,month,2024-01-15,
S2,C2,Scale,12000,year,2024-02-01,2024-06-01
S3,C3,Growth,900,quarter,2024-03-10,
`;

const BAD_SUBSCRIPTIONS = `subscription_id,customer_id,plan,amount,billing_period,start_date,end_date
S4,C1,Addon,-20,month,2024-04-01,
S5,C9,Starter,50,month,2024-04-01,
S6,C2,Scale,"$1,200",month,2024-02-30,
`;

const PERIOD = "from=2024-01&to=2024-06";

async function upload(page: Page, kind: string, name: string, text: string) {
  await page.getByLabel("Kind of data").selectOption({ label: kind });
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: /^Import/ }).click();
}

async function summary(page: Page) {
  const response = await page.request.get(`${IMPORT_URL}/api/metrics?${PERIOD}`);
  expect(response.ok()).toBeTruthy();
  return (await response.json()).summary;
}

test.describe.configure({ mode: "serial" });

test.describe("importing CSV files through the form", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${IMPORT_URL}/import`);
  });

  test("customers, then subscriptions, land in the metrics", async ({ page }) => {
    await upload(page, "Customers", "customers.csv", CUSTOMERS);
    const result = page.getByRole("status");
    await expect(result).toContainText("Customers imported");
    await expect(result.getByText("Inserted").locator("..")).toContainText("3");

    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "subscriptions.csv", mimeType: "text/csv", buffer: Buffer.from(SUBSCRIPTIONS) });
    await expect(page.getByRole("status")).toHaveCount(0);
    await upload(page, "Subscriptions", "subscriptions.csv", SUBSCRIPTIONS);
    await expect(page.getByRole("status")).toContainText("Subscriptions imported");

    const s = await summary(page);
    expect(s.mrr).toBe(400);
    expect(s.arr).toBe(4800);
    expect(s.active_customers).toBe(2);
    expect(s.new_mrr).toBe(1400);
    expect(s.churned_mrr).toBe(1000);
    expect(s.new_customers).toBe(3);
    expect(s.churned_customers).toBe(1);
  });

  test("the same file twice changes nothing the second time", async ({ page }) => {
    await upload(page, "Subscriptions", "subscriptions.csv", SUBSCRIPTIONS);
    const result = page.getByRole("status");
    await expect(result).toContainText("Subscriptions imported");
    await expect(result.getByText("Inserted").locator("..")).toContainText("0");
    await expect(result.getByText("Updated").locator("..")).toContainText("0");
    await expect(result.getByText("Unchanged").locator("..")).toContainText("3");
    expect((await summary(page)).mrr).toBe(400);
  });

  test("a bad file lists every problem, writes nothing, and the error clears on a new file", async ({ page }) => {
    const before = await summary(page);
    await upload(page, "Subscriptions", "bad-subscriptions.csv", BAD_SUBSCRIPTIONS);
    const failure = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
    await expect(failure).toBeVisible();
    const problems = failure.getByRole("table");
    await expect(problems.getByRole("row").filter({ hasText: "-20" })).toContainText("amount");
    await expect(problems.getByRole("row").filter({ hasText: "C9" })).toContainText(/import customers first/i);
    await expect(problems.getByRole("row").filter({ hasText: "2024-02-30" })).toContainText("start_date");
    await expect(problems.getByRole("row").filter({ hasText: "$1,200" })).toContainText("amount");
    expect(await summary(page)).toEqual(before);

    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "subscriptions.csv", mimeType: "text/csv", buffer: Buffer.from(SUBSCRIPTIONS) });
    await expect(page.getByText("Nothing was imported")).toHaveCount(0);
  });

  test("undo removes what an import added", async ({ page }) => {
    page.on("dialog", (dialog) => dialog.accept());
    const history = page.getByRole("region", { name: "Import history" });
    const undoSubscriptions = history.getByRole("button", { name: /Undo import \d+ \(subscriptions\.csv\)/ });
    // Two subscription imports: the second changed nothing, the first added the rows. Newest first.
    await expect(undoSubscriptions).toHaveCount(2);
    await undoSubscriptions.first().click();
    await expect(undoSubscriptions).toHaveCount(1);
    expect((await summary(page)).mrr).toBe(400);
    await undoSubscriptions.first().click();
    await expect(undoSubscriptions).toHaveCount(0);
    const s = await summary(page);
    expect(s.mrr).toBe(0);
    expect(s.new_mrr).toBe(0);
  });

  test("the templates download as CSV", async ({ page }) => {
    const response = await page.request.get(`${IMPORT_URL}/api/imports/template/subscriptions`);
    expect(response.ok()).toBeTruthy();
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect((await response.text()).split("\n")[0]).toContain("subscription_id");
  });
});

test.describe("the import API refuses bad requests with a clear 4xx", () => {
  test("unknown kind, missing file, binary file", async ({ request }) => {
    const unknown = await request.post(`${IMPORT_URL}/api/imports`, {
      multipart: { kind: "invoices", file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") } },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toMatch(/kind/i);

    const missing = await request.post(`${IMPORT_URL}/api/imports`, { multipart: { kind: "customers" } });
    expect(missing.status()).toBe(400);

    const binary = await request.post(`${IMPORT_URL}/api/imports`, {
      multipart: {
        kind: "customers",
        file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
      },
    });
    expect(binary.status()).toBeGreaterThanOrEqual(400);
    expect(binary.status()).toBeLessThan(500);
  });
});
