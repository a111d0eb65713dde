import { expect, test, type Page } from "./fixtures";
import { axeViolations, describeViolations, seriousOnes } from "./support/axe";

async function check(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path);
  await ready(page);
  // Panels that load after the page (the Settings backtest) are checked too.
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  const serious = seriousOnes(violations);
  const nodes = serious.reduce((n, v) => n + v.nodes.length, 0);
  test.info().annotations.push({
    type: "axe",
    description: `${path}: ${serious.length} serious/critical rules on ${nodes} elements; ${violations.length} rules in all`,
  });
  console.log(
    `axe ${path}: ${serious.length} serious/critical rules on ${nodes} elements (${violations.length} rules in all)\n${describeViolations(violations)}`,
  );
  expect(serious, describeViolations(serious)).toEqual([]);
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
};
const chartsDrawn = async (page: Page) => {
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
};

for (const [path, ready] of [
  ["/", async (page: Page) => (await heading("Executive")(page), await chartsDrawn(page))],
  ["/cs", async (page: Page) => (await heading("Customer Success")(page), await chartsDrawn(page))],
  [
    "/customers",
    async (page: Page) => (await heading("Customers")(page), await expect(page.locator("table tbody tr").first()).toBeVisible()),
  ],
  ["/import", heading(/Import/)],
  ["/metrics", heading(/Metrics/)],
  ["/settings", async (page: Page) => (await heading(/Settings/)(page), await expect(page.getByText("How it is computed")).toBeVisible())],
  ["/settings/users", heading(/Users/)],
  ["/board-pack", async (page: Page) => await expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
] as const) {
  test(`no serious or critical axe violations on ${path}`, async ({ page }) => check(page, path, ready));
}

test("no serious or critical axe violations on a customer page", async ({ page, request }) => {
  const list = await (await request.get("/api/customers?status=active&page_size=1")).json();
  await check(page, `/customers/${encodeURIComponent(list.customers[0].customer_id)}`, async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    await chartsDrawn(p);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("no serious or critical axe violations on /sign-in", async ({ page }) =>
    check(page, "/sign-in", async (p) => {
      await expect(p.getByRole("button", { name: /sign in/i })).toBeVisible();
    }));
});
