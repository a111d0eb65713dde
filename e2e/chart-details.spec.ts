import { expect, test, type Page } from "./fixtures";

const yTicks = (page: Page, chart: string) =>
  page.locator(`[data-chart-id=${chart}] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label`).allTextContents();

test("NPS axes use round ticks and label the zero line", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-chart-id=nps-trend] .recharts-line-curve")).toBeVisible();
  const trend = (await yTicks(page, "nps-trend")).map(Number);
  expect(trend).toContain(0);
  const step = trend[1] - trend[0];
  expect([1, 2, 2.5, 5].some((s) => [1, 10, 100].some((m) => s * m === Math.abs(step)))).toBe(true);
  for (const t of trend) expect(Math.abs(t % step)).toBe(0);

  await page.goto("/cs");
  await expect(page.locator("[data-chart-id=cs-nps-segment] .recharts-bar-rectangle").first()).toBeVisible();
  expect((await yTicks(page, "cs-nps-segment")).map(Number)).toContain(0);
});

test("customers without a segment read as No segment on screen, while the URL and API keep Unassigned", async ({ page, request }) => {
  const metrics = await (await request.get("/api/metrics")).json();
  expect(metrics.segments.map((s: { segment: string }) => s.segment)).toContain("Unassigned");

  await page.goto("/");
  await expect(page.locator("[data-chart-id=cost-to-carry] .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.locator("[data-chart-id=cost-to-carry] .recharts-xAxis-tick-labels")).toContainText("No segment");
  const option = page.locator("select[name=segment] option[value=Unassigned]");
  await expect(option).toHaveText("No segment");
  await page.locator("select[name=segment]").selectOption("Unassigned");
  await expect(page).toHaveURL(/segment=Unassigned/);

  await page.goto("/cs");
  await expect(page.locator("[data-chart-id=cs-nps-segment] .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.locator("main")).toContainText("No segment");
  await expect(page.locator("main")).not.toContainText("Unassigned");
});

test("the retention legend shows which lines are dashed", async ({ page }) => {
  await page.goto("/");
  const legend = page.locator("[data-chart-id=retention-trend] ul").last();
  await expect(legend.locator("li", { hasText: "trailing 12 months" }).first().locator("line")).not.toHaveAttribute(
    "stroke-dasharray",
    /\d/,
  );
  await expect(legend.locator("li", { hasText: "NRR, month" }).locator("line")).toHaveAttribute("stroke-dasharray", /\d/);
});
