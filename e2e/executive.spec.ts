import { expect, test, type Page } from "./fixtures";
import { METRIC_CATALOG } from "../lib/metrics/catalog";

/** The tile's rounding: one decimal and a percent sign (components/kpi/kpi-format.ts). */
const percentText = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)}%`);
const nrrTile = (page: Page) => page.getByTestId("kpi-nrr").getByTestId("kpi-value");

test("the Executive dashboard shows the same NRR as GET /api/metrics", async ({ page, request }) => {
  const api = await (await request.get("/api/metrics")).json();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Executive" })).toBeVisible();
  await expect(nrrTile(page)).toHaveText(percentText(api.summary.nrr));
  for (const key of [
    "arr",
    "mrr",
    "grr",
    "logo_churn_rate",
    "net_mrr_churn_pct",
    "nps",
    "cac",
    "cltv",
    "ltv_to_cac",
    "cost_to_carry_ratio",
  ]) {
    await expect(page.getByTestId(`kpi-${key}`).getByTestId("kpi-value")).not.toBeEmpty();
  }
  await expect(page.locator("[data-chart-id=mrr-movements] .recharts-bar-rectangle").first()).toBeVisible();
});

test("a segment filter updates the URL and the numbers without a full reload", async ({ page, request }) => {
  const segment = "SMB";
  const api = await (await request.get(`/api/metrics?segment=${segment}`)).json();
  const all = await (await request.get("/api/metrics")).json();
  expect(percentText(api.summary.nrr)).not.toBe(percentText(all.summary.nrr));

  await page.goto("/");
  await expect(nrrTile(page)).toHaveText(percentText(all.summary.nrr));
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByRole("combobox", { name: "Segment", exact: true }).selectOption(segment);
  await expect(page).toHaveURL(new RegExp(`[?&]segment=${segment}(&|$)`));
  await expect(nrrTile(page)).toHaveText(percentText(api.summary.nrr));
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
});

test("the logo churn tile drills down to the period's churned customers with the filters", async ({ page, request }) => {
  const api = await (await request.get("/api/metrics?segment=SMB")).json();
  await page.goto("/?segment=SMB");
  await page
    .getByTestId("kpi-logo_churn_rate")
    .getByRole("link", { name: /customers who churned/ })
    .click();
  await expect(page).toHaveURL(/\/customers\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    from: api.period.from,
    to: api.period.to,
    segment: "SMB",
    movement: "churn",
    back: `/?from=${api.period.from}&to=${api.period.to}&segment=SMB`,
  });
  const customersPage = await request.get(url.pathname + url.search);
  if (customersPage.ok()) await expect(page.locator("table tbody tr").first()).toBeVisible();
});

test("the executive route balances the MRR bridge to the cent and rejects a bad param", async ({ request }) => {
  const [metrics, executive] = await Promise.all([
    request.get("/api/metrics?from=2025-01&to=2025-12").then((r) => r.json()),
    request.get("/api/dashboards/executive?from=2025-01&to=2025-12").then((r) => r.json()),
  ]);
  const s = metrics.summary;
  const moved = s.new_mrr + s.expansion_mrr + s.reactivation_mrr - s.contraction_mrr - s.churned_mrr;
  expect(Math.round((executive.start_mrr + moved) * 100)).toBe(Math.round(s.mrr * 100));
  expect(executive.unit_economics.at(-1).cac).toBeCloseTo(s.cac, 6);

  const bad = await request.get("/api/dashboards/executive?to=2025-13");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("to");
});

test("the glossary lists every metric of the catalog", async ({ page }) => {
  await page.goto("/metrics");
  for (const metric of METRIC_CATALOG) {
    await expect(page.locator(`[id="${metric.key}"]`)).toBeAttached();
  }
});

test("after a link with an invalid period, picking a period shows the dashboard again", async ({ page }) => {
  await page.goto("/?from=2024-13");
  await expect(page.getByRole("alert").filter({ hasText: "invalid" })).toBeVisible();
  await page.getByRole("button", { name: "12M" }).click();
  await expect(page.getByTestId("kpi-nrr").getByTestId("kpi-value")).toHaveText(/\d+(\.\d)?%/);
  await expect(page.getByRole("alert").filter({ hasText: "invalid" })).toHaveCount(0);
});
