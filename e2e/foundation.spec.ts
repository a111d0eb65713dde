import { expect, test } from "./fixtures";
import { EMPTY_URL } from "../playwright.config";

test("a fresh start with the demo on shows the Executive dashboard with real numbers", async ({ page, request }) => {
  const api = await request.get("/api/metrics");
  expect(api.ok()).toBeTruthy();
  const metrics = await api.json();
  expect(metrics.summary.active_customers).toBeGreaterThan(100);
  expect(metrics.summary.mrr).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Executive" })).toBeVisible();
  const arr = page.getByTestId("kpi-arr").getByTestId("kpi-value");
  await expect(arr).toHaveText(/\$[\d.,]+[KM]?/);
  await expect(page.getByTestId("kpi-nrr").getByTestId("kpi-value")).toHaveText(/\d+(\.\d)?%/);
});

test("with the demo off the app is empty and points to the import page", async ({ page }) => {
  await page.goto(`${EMPTY_URL}/`);
  await expect(page.getByRole("heading", { name: "No data yet" })).toBeVisible();
  await page.getByRole("link", { name: "Import your data" }).click();
  await expect(page).toHaveURL(/\/import$/);
});

test("every navigation link opens a real page", async ({ page }) => {
  await page.goto("/");
  for (const label of ["Customer Success", "Customers", "Import", "Metrics glossary", "Settings", "Executive"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});
