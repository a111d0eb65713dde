import { expect, test } from "./fixtures";

const PERIOD = "from=2025-11&to=2026-10";

test("a month's churn bar opens its customers beside the 12-month period, and Back returns to the same view", async ({ page, request }) => {
  const metrics = await (await request.get(`/api/metrics?${PERIOD}`)).json();
  const index = metrics.months.findLastIndex((m: { churned_customers: number }) => m.churned_customers > 0);
  const month: string = metrics.months[index].month;
  const oneMonth = await (await request.get(`/api/customers?from=${month}&to=${month}&movement=churn`)).json();
  const beside = await (await request.get(`/api/customers?${PERIOD}&month=${month}&movement=churn`)).json();
  expect(beside.customers).toEqual(oneMonth.customers);
  expect(beside.period).toEqual({ from: "2025-11", to: "2026-10" });

  await page.goto(`/?${PERIOD}`);
  await expect(page.getByTestId("kpi-nrr").getByTestId("kpi-value")).not.toBeEmpty();
  const bars = page.locator("[data-chart-id=logo-churn] .recharts-bar-rectangle");
  await expect(bars).toHaveCount(12);
  await bars.nth(index).click();

  await expect(page).toHaveURL(/\/customers\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("from")).toBe("2025-11");
  expect(url.searchParams.get("to")).toBe("2026-10");
  expect(url.searchParams.get("month")).toBe(month);
  expect(url.searchParams.get("movement")).toBe("churn");
  await expect(page.getByTestId("drill-banner")).toContainText(`${oneMonth.total} customer`);
  await expect(page.locator("table tbody tr")).toHaveCount(oneMonth.total);
  // The period control still shows the dashboard's 12 months.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Executive" })).toHaveAttribute(
    "href",
    "/?from=2025-11&to=2026-10",
  );

  // A customer of the list, and back to the same drilled list.
  const listUrl = page.url();
  await page.locator("table tbody tr").first().click();
  await expect(page).toHaveURL(/\/customers\/[^?]+\?/);
  await page.getByRole("link", { name: "← Back to the list" }).click();
  await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual(Object.fromEntries(new URL(listUrl).searchParams));
  await expect(page.getByTestId("drill-banner")).toContainText(`${oneMonth.total} customer`);

  await page.getByTestId("drill-banner").getByRole("link", { name: "Clear" }).click();
  await expect(page).not.toHaveURL(/month=/);
  await expect(page).toHaveURL(/from=2025-11&to=2026-10/);

  await page.getByTestId("back-to-dashboard").click();
  await expect(page).toHaveURL(/\/\?from=2025-11&to=2026-10$/);
  await expect(page.getByRole("heading", { level: 1, name: "Executive" })).toBeVisible();
  await expect(page.locator("[data-chart-id=logo-churn] .recharts-bar-rectangle")).toHaveCount(12);
});

test("Back to Customer Success keeps its filters when a segment bar replaced the segment", async ({ page }) => {
  await page.goto(`/cs?${PERIOD}`);
  const link = page.locator("a[href*='health=at_risk']").first();
  await link.click();
  await expect(page).toHaveURL(/health=at_risk/);
  await page.getByTestId("back-to-dashboard").click();
  await expect(page).toHaveURL(/\/cs\?from=2025-11&to=2026-10$/);
});
