import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import { formatNumber } from "../lib/format";
import type { CsListResponse } from "../lib/api/cs-list-query";
import type { CsDashboardResponse, RenewalRow } from "../lib/metrics/cs-dashboard";
import type { CustomerListResponse } from "../lib/metrics/customer-list-types";
import type { BacktestResult } from "../lib/metrics/health-backtest";

test.setTimeout(120_000);

const PERIOD = "from=2025-11&to=2026-10";

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return (await res.json()) as T;
}

const countIn = async (page: Page, listId: string) => page.locator(`[data-list-id=${listId}] h3 span`).first().textContent();

test("tuning a weight in Settings re-runs the back-test before saving", async ({ page, request }) => {
  const current = await json<BacktestResult>(request, "/api/health-score/backtest");
  const usageOnly = await json<BacktestResult>(request, "/api/health-score/backtest?usage=100&support=0&sentiment=0");
  expect(current.months.length).toBeGreaterThan(12);
  expect(current.auc).not.toBeNull();
  expect(usageOnly.auc).not.toBe(current.auc);
  // Each band's churn rate is its churned customer-months over its customer-months.
  for (const b of current.bands) expect(b.churn_rate).toBeCloseTo((b.churned / b.customers) * 100, 9);
  expect(current.lift).toBeCloseTo(current.bands[0].churn_rate! / current.churn_rate!, 9);

  await page.goto("/settings");
  const auc = page.getByTestId("backtest-auc");
  await expect(auc).toHaveText(formatNumber(current.auc, 3));
  await expect(page.getByTestId("backtest-rate-at_risk")).toHaveText(`${formatNumber(current.bands[0].churn_rate, 1)}%`);

  await page.locator("input[name=usage]").fill("100");
  await page.locator("input[name=support]").fill("0");
  await page.locator("input[name=sentiment]").fill("0");
  await expect(auc).toHaveText(formatNumber(usageOnly.auc, 3));
  await expect(page.getByTestId("backtest-rate-at_risk")).toHaveText(`${formatNumber(usageOnly.bands[0].churn_rate, 1)}%`);
  await expect(page.getByTestId("backtest-lift")).toHaveText(`${formatNumber(usageOnly.lift, 2)}×`);

  // Nothing was saved: the API still answers with the stored weights.
  expect((await json<BacktestResult>(request, "/api/health-score/backtest")).auc).toBe(current.auc);
  expect((await request.get("/api/health-score/backtest?usage=abc")).status()).toBe(400);
});

test("the renewals list shows term contracts renewing soon and drills into Customers", async ({ page, request }) => {
  const cs = await json<CsDashboardResponse>(request, `/api/dashboards/cs?${PERIOD}`);
  // The view carries the first renewals; the renewals API pages through all of them, in the same order.
  const all: RenewalRow[] = [];
  for (let offset = 0; offset < cs.renewals_total; offset += 200) {
    const page = await json<CsListResponse<RenewalRow>>(request, `/api/dashboards/cs/renewals?${PERIOD}&offset=${offset}&limit=200`);
    expect(page.total).toBe(cs.renewals_total);
    all.push(...page.rows);
  }
  expect(all).toHaveLength(cs.renewals_total);
  expect(all.slice(0, cs.renewals.length)).toEqual(cs.renewals);
  const within30 = all.filter((r) => r.days_until <= 30);
  expect(cs.renewal_windows.map((w) => w.count)).toEqual([30, 60, 90].map((d) => all.filter((r) => r.days_until <= d).length));
  expect(all.length).toBeGreaterThan(within30.length);
  for (const r of all) {
    expect(r.days_until).toBeGreaterThanOrEqual(1);
    expect(r.days_until).toBeLessThanOrEqual(90);
    expect(r.renewal_date > "2026-10-31").toBeTruthy();
  }
  // The date rule on one contract, from its subscription's start: start + whole terms, first one after Oct 31.
  const first = cs.renewals[0];
  const detail = await json<{ subscriptions: { subscription_id: string; start_date: string }[] }>(
    request,
    `/api/customers/${first.customer_id}`,
  );
  const start = detail.subscriptions.find((s) => s.subscription_id === first.subscription_id)!.start_date;
  const monthsApart =
    (Number(first.renewal_date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(first.renewal_date.slice(5, 7)) -
    Number(start.slice(5, 7));
  expect(monthsApart % (first.billing_period === "year" ? 12 : 3)).toBe(0);

  await page.goto(`/cs?${PERIOD}`);
  const section = page.getByTestId("renewals");
  await expect(section.locator("[data-list-id=renewals-list] h3")).toContainText(`(${cs.renewals_total})`);
  const firstRow = section.locator("[data-list-id=renewals-list] tbody tr").first();
  await expect(firstRow).toContainText(first.name);
  await expect(firstRow).toContainText(first.renewal_date);
  // "Show more" reaches the last renewal of the 90 days, fetching past the view's first rows.
  expect(cs.renewals.length).toBeLessThan(cs.renewals_total);
  const rows = section.locator("[data-list-id=renewals-list] tbody tr");
  const more = section.getByRole("button", { name: /Show more/ });
  while (await more.isVisible()) {
    const before = await rows.count();
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
  }
  await expect(rows).toHaveCount(cs.renewals_total);
  await expect(rows.last()).toContainText(all[all.length - 1].name);
  await section.getByRole("button", { name: "30 days" }).click();
  await expect(section.locator("[data-list-id=renewals-list] h3")).toContainText(`(${within30.length})`);
  await expect(rows).toHaveCount(within30.length);

  const customers = await json<CustomerListResponse>(request, `/api/customers?${PERIOD}&renewal=30`);
  expect(customers.total).toBe(new Set(within30.map((r) => r.customer_id)).size);
  await section.getByTestId("renewals-list-drill").click();
  await expect(page).toHaveURL(/\/customers\?.*renewal=30/);
  await expect(page.getByTestId("drill-banner")).toContainText("renewing in the 30 days");
  await expect(page.locator("table tbody tr")).toHaveCount(Math.min(customers.total, 50));
  await expect(page.getByTestId("renewal-date").first()).toHaveText(customers.customers[0].renewal_date!);
});

test("a customer list downloads as CSV named after its filters, with the list's rows", async ({ page, request }) => {
  const list = await json<CustomerListResponse>(request, `/api/customers?${PERIOD}&health=at_risk&page_size=500`);
  expect(list.total).toBeGreaterThan(0);
  await page.goto(`/customers?${PERIOD}&health=at_risk`);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("customers-csv").click()]);
  expect(file.suggestedFilename()).toBe("keel-customers-2025-11-2026-10-health-at-risk.csv");
  const lines = (await readFile(await file.path(), "utf8")).trimEnd().split("\r\n");
  expect(lines[0].startsWith("Customer ID,Name,Segment,Plan,CSM,")).toBeTruthy();
  expect(lines).toHaveLength(list.total + 1);
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(list.customers.map((c) => c.customer_id));

  const viaAccept = await request.get(`/api/customers?${PERIOD}&health=at_risk`, { headers: { accept: "text/csv" } });
  expect(viaAccept.headers()["content-type"]).toContain("text/csv");
  expect((await viaAccept.text()).trimEnd().split("\r\n")).toHaveLength(list.total + 1);
});

test("marking a customer reviewed shows who and when on its page and in the at-risk list", async ({ page, request }) => {
  const cs = await json<CsDashboardResponse>(request, `/api/dashboards/cs?${PERIOD}`);
  const target = [...cs.at_risk].sort((a, b) => b.arr - a.arr)[0];
  await page.goto(`/customers/${encodeURIComponent(target.customer_id)}?to=2026-10`);
  await page.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(page.getByTestId("review-latest")).toContainText("Reviewed by");

  const after = await json<CsDashboardResponse>(request, `/api/dashboards/cs?${PERIOD}`);
  const review = after.at_risk.find((r) => r.customer_id === target.customer_id)!.review!;
  expect(review.reviewed_by_email).toBe("admin@keel.test");
  expect(Date.now() - Date.parse(review.reviewed_at)).toBeLessThan(5 * 60_000);

  await page.goto(`/cs?${PERIOD}`);
  const row = page.locator("[data-list-id=at-risk-list] tbody tr").first();
  await expect(row).toContainText(target.name);
  await expect(row.getByTestId("reviewed-cell")).toContainText(review.reviewed_by);
  expect(await countIn(page, "at-risk-list")).toBe(`(${cs.at_risk_total})`);
});
