import { expect, test, type Page } from "./fixtures";

// A period in which no demo customer churned twice, so customers = churn movements.
const CHURN_PERIOD = "from=2026-05&to=2026-10";
const HEALTH_PERIOD = "from=2025-05&to=2025-10";

interface Row {
  customer_id: string;
  name: string;
  mrr: number;
  movement_amount?: number;
  movement_months?: string[];
}

const rowIds = (page: Page) =>
  page.locator("table tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("a span")?.textContent ?? ""));

test("movement=churn lists exactly the API's customers, as many as /api/metrics counts", async ({ page, request }) => {
  const api = await (await request.get(`/api/customers?movement=churn&${CHURN_PERIOD}`)).json();
  const metrics = await (await request.get(`/api/metrics?${CHURN_PERIOD}`)).json();
  expect(api.customers.every((r: Row) => r.movement_months!.length === 1)).toBe(true);
  expect(api.total).toBe(metrics.summary.churned_customers);
  expect(api.totals.movement_amount).toBeCloseTo(metrics.summary.churned_mrr, 6);
  expect(api.total).toBeLessThanOrEqual(api.page_size);

  await page.goto(`/customers?movement=churn&${CHURN_PERIOD}`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  const banner = page.getByTestId("drill-banner");
  await expect(banner).toContainText(`Customers who churned between May 2026 and Oct 2026 — ${api.total} customers`);
  await expect(banner).toContainText("MRR lost");
  await expect(page.locator("table tbody tr")).toHaveCount(api.total);
  expect(await rowIds(page)).toEqual(api.customers.map((r: Row) => r.customer_id));

  await banner.getByRole("link", { name: "Clear" }).click();
  await expect(page).not.toHaveURL(/movement=/);
  await expect(page.getByTestId("drill-banner")).toHaveCount(0);
});

test("health=at_risk count equals /api/metrics health.at_risk", async ({ page, request }) => {
  const metrics = await (await request.get(`/api/metrics?${HEALTH_PERIOD}`)).json();
  const api = await (await request.get(`/api/customers?health=at_risk&${HEALTH_PERIOD}`)).json();
  expect(api.total).toBe(metrics.health.at_risk);
  expect(api.totals.mrr * 12).toBeCloseTo(metrics.health.arr_at_risk, 6);

  await page.goto(`/customers?health=at_risk&${HEALTH_PERIOD}`);
  await expect(page.getByTestId("drill-banner")).toContainText(`${metrics.health.at_risk} customer`);
  await expect(page.locator("table tbody tr")).toHaveCount(metrics.health.at_risk);
  await expect(page.locator("table tbody").getByText("At risk")).toHaveCount(metrics.health.at_risk);
});

test("search narrows the list through the URL and sorting follows the headers", async ({ page, request }) => {
  const all = await (await request.get("/api/customers?page_size=1")).json();
  await page.goto("/customers");
  await expect(page.locator("table tbody tr")).toHaveCount(Math.min(50, all.total));

  const first = (await (await request.get("/api/customers?sort=name&page_size=1")).json()).customers[0] as Row;
  const term = first.name.split(" ")[0];
  const expected = await (await request.get(`/api/customers?q=${encodeURIComponent(term)}`)).json();
  await page.getByRole("searchbox", { name: /search customers/i }).fill(term);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(term)}`));
  await expect(page.locator("table tbody tr")).toHaveCount(Math.min(50, expected.total));
  for (const name of await page.locator("table tbody tr a").evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? ""))) {
    expect(name.toLowerCase()).toContain(term.toLowerCase());
  }

  await page.getByRole("searchbox", { name: /search customers/i }).fill("");
  await expect(page).not.toHaveURL(/q=/);
  const nameHeader = page.getByRole("columnheader", { name: /Customer/ });
  await nameHeader.getByRole("button").click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  const byName = await (await request.get("/api/customers?sort=name&dir=asc")).json();
  await expect.poll(() => rowIds(page)).toEqual(byName.customers.map((r: Row) => r.customer_id));
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");

  const pages = page.getByRole("navigation", { name: "Pages" });
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText(`51–${Math.min(100, all.total)} of ${all.total}`);
  const page2 = await (await request.get("/api/customers?sort=name&dir=desc&page=2")).json();
  await expect.poll(() => rowIds(page)).toEqual(page2.customers.map((r: Row) => r.customer_id));
});

test("a row opens the customer page with its MRR history and health", async ({ page, request }) => {
  const top = (await (await request.get("/api/customers?status=active&page_size=1")).json()).customers[0] as Row;
  await page.goto("/customers?status=active");
  await page.locator("table tbody tr").first().click();
  await expect(page).toHaveURL(new RegExp(`/customers/${top.customer_id}`));
  await expect(page.getByRole("heading", { level: 1, name: top.name })).toBeVisible();
  const chart = page.locator('[data-chart-id="customer-mrr-history"]');
  await expect(chart.getByRole("heading", { name: "MRR history" })).toBeVisible();
  await expect(chart.locator(".recharts-area-curve")).toBeVisible();
  await expect(page.getByTestId("health-score")).toHaveText(/^\d+(\.\d)?$/);
  await expect(page.getByText("Weakest", { exact: true })).toBeVisible();

  const detail = await (await request.get(`/api/customers/${top.customer_id}`)).json();
  expect(detail.mrr).toBe(top.mrr);
  expect(detail.mrr_history.at(-1).mrr).toBe(top.mrr);
  expect(detail.health.factors).toEqual({ usage: expect.any(Number), support: expect.any(Number), sentiment: expect.any(Number) });
});

test("an unknown id shows the not-found page and the API answers 404", async ({ page, request }) => {
  const response = await page.goto("/customers/NO-SUCH-CUSTOMER");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Customer not found" })).toBeVisible();
  const api = await request.get("/api/customers/NO-SUCH-CUSTOMER");
  expect(api.status()).toBe(404);
  expect((await api.json()).error).toContain("NO-SUCH-CUSTOMER");
});

test("bad params answer 400 naming the parameter", async ({ request }) => {
  for (const [query, param] of [
    ["page=abc", "page"],
    ["movement=foo", "movement"],
    ["page_size=501", "page_size"],
    ["sort=bogus", "sort"],
    ["from=2024-13", "from"],
  ]) {
    const response = await request.get(`/api/customers?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await response.json();
    expect(body.param).toBe(param);
    expect(body.error).toContain(param);
  }
});
