import { expect, test, type Page } from "./fixtures";
import { IMPORT_URL } from "../playwright.config";

// A German CRM export as Excel on Windows saves it: semicolons, Windows-1252 bytes, its own header names.
const HEADER = "Kunden-Nr;Firma;Anmeldedatum;Region\r\n";
const cp1252 = (text: string) => Buffer.from(text, "latin1");
const FIRST = cp1252(`${HEADER}K-100;Müller Café GmbH;2024-01-15;Süd\r\nK-101;Zoë Händel;2024-02-01;Nord\r\n`);
const SECOND = cp1252(`${HEADER}K-102;Bäckerei Weiß;2024-03-01;West\r\n`);

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

test.describe.configure({ mode: "serial" });

test.describe("importing a foreign export through the mapping step", () => {
  test("a semicolon-separated Windows-1252 file is mapped in the form and imports with its accents", async ({ page, request }) => {
    expect(FIRST.includes(0xfc)).toBe(true); // "ü" really is one Windows-1252 byte
    await page.goto(`${IMPORT_URL}/import`);
    await chooseFile(page, "kunden.csv", FIRST);

    await expect(page.getByTestId("file-format")).toContainText("Read as Windows-1252, semicolon-separated.");
    await expect(
      page.getByText(/read as semicolon-separated, matches no kind by its names; choose the kind of data, then map/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

    await page.getByLabel("Kind of data").selectOption({ label: "Customers" });
    const preview = page.getByRole("table").filter({ hasText: "Kunden-Nr" });
    await expect(preview).toContainText("Müller Café GmbH");
    await expect(page.getByRole("alert").filter({ hasText: "The customers kind needs customer_id, name, signup_date" })).toBeVisible();
    await expect(page.getByText("Not imported: Kunden-Nr, Firma, Anmeldedatum, Region")).toBeVisible();

    await page.getByLabel("customer_id").selectOption("Kunden-Nr");
    await page.getByLabel("name", { exact: true }).selectOption("Firma");
    await page.getByLabel("signup_date").selectOption("Anmeldedatum");
    await page.getByLabel("segment").selectOption("Region");
    await expect(page.getByText("Not imported")).toHaveCount(0);

    await page.getByRole("button", { name: "Import customers" }).click();
    const result = page.getByRole("status").filter({ hasText: "Customers imported" });
    await expect(result).toBeVisible();
    await expect(result.getByText("Inserted").locator("..")).toContainText("2");
    await expect(result).toContainText("read as Windows-1252");

    const detail = await request.get(`${IMPORT_URL}/api/customers/K-100`);
    expect(detail.ok()).toBeTruthy();
    expect(await detail.json()).toMatchObject({ name: "Müller Café GmbH", segment: "Süd" });
    await page.goto(`${IMPORT_URL}/customers/K-101`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Zoë Händel");
  });

  test("the next file with the same header gets the mapping offered again", async ({ page, request }) => {
    await page.goto(`${IMPORT_URL}/import`);
    await chooseFile(page, "kunden-maerz.csv", SECOND);
    await expect(page.getByText("Customers, as when this header was last imported.")).toBeVisible();
    await expect(page.getByText(/Columns mapped as in your last import of a file with this header/)).toBeVisible();
    await expect(page.getByLabel("customer_id")).toHaveValue("Kunden-Nr");
    await expect(page.getByLabel("name", { exact: true })).toHaveValue("Firma");
    await expect(page.getByLabel("signup_date")).toHaveValue("Anmeldedatum");
    await expect(page.getByLabel("segment")).toHaveValue("Region");

    await page.getByRole("button", { name: "Import customers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Customers imported" })).toBeVisible();
    expect(await (await request.get(`${IMPORT_URL}/api/customers/K-102`)).json()).toMatchObject({ name: "Bäckerei Weiß", segment: "West" });
  });

  test("the API takes the same mapping, and answers a bad one with 400 naming the problem", async ({ request }) => {
    const file = { name: "k.csv", mimeType: "text/csv", buffer: cp1252(`${HEADER}K-103;Straße AG;2024-04-01;Ost\r\n`) };
    const bad = await request.post(`${IMPORT_URL}/api/imports`, {
      multipart: { kind: "customers", mapping: '{"account": "Kunden-Nr"}', file },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/The mapping names 'account', which is not a column of customers/);

    const mapping = JSON.stringify({ customer_id: "Kunden-Nr", name: "Firma", signup_date: "Anmeldedatum" });
    const ok = await request.post(`${IMPORT_URL}/api/imports`, { multipart: { kind: "customers", mapping, file } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({
      inserted: 1,
      warnings: [expect.stringMatching(/read as Windows-1252/), "Ignored column not used by customers: Region"],
    });
  });
});
