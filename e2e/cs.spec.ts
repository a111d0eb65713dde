import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import { fmt } from "../components/cs/cs-format";
import { DEFAULT_HEALTH_SETTINGS } from "../lib/domain/types";
import type { CsDashboardResponse } from "../lib/metrics/cs-dashboard";
import type { MetricsResponse } from "../lib/metrics/types";

test.setTimeout(120_000);

async function api(request: APIRequestContext, query: string) {
  const [m, c] = await Promise.all([request.get(`/api/metrics?${query}`), request.get(`/api/dashboards/cs?${query}`)]);
  expect(m.ok()).toBeTruthy();
  expect(c.ok()).toBeTruthy();
  return { metrics: (await m.json()) as MetricsResponse, cs: (await c.json()) as CsDashboardResponse };
}

const stat = (page: Page, id: string) => page.getByTestId(`stat-${id}-value`);

async function expectNumbersMatch(page: Page, { metrics, cs }: { metrics: MetricsResponse; cs: CsDashboardResponse }) {
  await expect(stat(page, "nps")).toHaveText(fmt.score(metrics.summary.nps));
  await expect(stat(page, "csat")).toHaveText(fmt.pct(metrics.summary.csat));
  await expect(stat(page, "fcr")).toHaveText(fmt.pct(metrics.summary.fcr));
  await expect(stat(page, "tickets")).toHaveText(fmt.count(metrics.summary.ticket_volume));
  await expect(stat(page, "at-risk")).toHaveText(fmt.count(metrics.health.at_risk));
  await expect(stat(page, "arr-at-risk")).toHaveText(fmt.money(metrics.health.arr_at_risk));
  await expect(stat(page, "detractor-arr")).toHaveText(fmt.money(cs.detractors.arr));
  await expect(stat(page, "time-to-value")).toHaveText(fmt.days(metrics.summary.time_to_value_days));
  await expect(stat(page, "stuck")).toHaveText(fmt.count(cs.stuck_total));
}

test("the CS dashboard shows the API's numbers for the same filters", async ({ page, request }) => {
  const query = "from=2025-11&to=2026-10";
  const data = await api(request, query);
  // Both endpoints agree where they overlap.
  expect(data.cs.support.fcr).toBe(data.metrics.summary.fcr);
  expect(data.cs.support.ticket_volume).toBe(data.metrics.summary.ticket_volume);
  expect(data.cs.at_risk.length).toBe(data.metrics.health.at_risk);

  await page.goto(`/cs?${query}`);
  await expect(page.getByRole("heading", { level: 1, name: "Customer Success" })).toBeVisible();
  await expect(page.getByTestId("period-words")).toContainText("Nov 2025 – Oct 2026");
  await expectNumbersMatch(page, data);
  await expect(page.locator("[data-list-id=at-risk-list] tbody tr")).toHaveCount(Math.min(8, data.cs.at_risk.length));
  // The view carries the first stuck customers and their count.
  expect(data.cs.stuck.length).toBe(Math.min(50, data.cs.stuck_total));
  await expect(page.locator("[data-list-id=stuck-list] h3")).toContainText(`(${data.cs.stuck_total})`);
  await expect(page.locator("[data-list-id=stuck-list] tbody tr")).toHaveCount(Math.min(8, data.cs.stuck.length));
});

test("a filter change updates the URL and the numbers without a full reload", async ({ page, request }) => {
  await page.goto("/cs?from=2025-11&to=2026-10");
  await expect(stat(page, "nps")).toBeVisible();
  await page.evaluate(() => ((window as unknown as { keelMarker: number }).keelMarker = 42));

  await page.locator("select[name=segment]").selectOption("SMB");
  await expect(page).toHaveURL(/segment=SMB/);
  const data = await api(request, "from=2025-11&to=2026-10&segment=SMB");
  await expect(page.getByTestId("period-words")).toContainText("segment SMB");
  await expectNumbersMatch(page, data);
  expect(await page.evaluate(() => (window as unknown as { keelMarker?: number }).keelMarker)).toBe(42);
});

test("drill-down links carry the view's period, filters and the drill", async ({ page }) => {
  await page.goto("/cs?from=2026-01&to=2026-10&segment=Mid-Market");
  await expect(stat(page, "at-risk")).toBeVisible();
  const params = async (locator: ReturnType<Page["locator"]>) => new URL((await locator.getAttribute("href"))!, "http://x").searchParams;

  const atRisk = await params(page.getByTestId("stat-at-risk").getByRole("link"));
  expect(Object.fromEntries(atRisk)).toEqual({
    from: "2026-01",
    to: "2026-10",
    segment: "Mid-Market",
    health: "at_risk",
    back: "/cs?from=2026-01&to=2026-10&segment=Mid-Market",
  });
  expect((await params(page.getByTestId("stat-stuck").getByRole("link"))).get("stuck")).toBe("1");
  expect((await params(page.getByTestId("stat-detractor-arr").getByRole("link"))).get("survey")).toBe("detractor");
  const stage = await params(page.getByRole("navigation", { name: "Customers by current stage" }).getByRole("link").first());
  expect(stage.get("stage")).toBe("awareness");
  expect(stage.get("segment")).toBe("Mid-Market");
});

test("changing a health weight in Settings changes the at-risk count on /cs and in the API", async ({ page, request }) => {
  const query = "from=2025-11&to=2026-10";
  const before = (await api(request, query)).metrics.health.at_risk;
  try {
    await page.goto("/settings");
    await page.locator("input[name=usage]").fill("100");
    await page.locator("input[name=support]").fill("0");
    await page.locator("input[name=sentiment]").fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    const after = await api(request, query);
    expect(after.metrics.health.at_risk).not.toBe(before);
    await page.goto(`/cs?${query}`);
    await expect(stat(page, "at-risk")).toHaveText(fmt.count(after.metrics.health.at_risk));
    await expect(stat(page, "arr-at-risk")).toHaveText(fmt.money(after.metrics.health.arr_at_risk));
  } finally {
    const reset = await request.put("/api/settings/health", { data: DEFAULT_HEALTH_SETTINGS });
    expect(reset.ok()).toBeTruthy();
  }
  expect((await api(request, query)).metrics.health.at_risk).toBe(before);
});
