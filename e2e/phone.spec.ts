import { expect, test, type Page } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Elements that stick out of the viewport without a scroll container (or a clip) between them and the page. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if ((r.right > width + 1 || r.left < -1) && !clipped(el))
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    return { pageWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10) };
  });
}

async function expectFits(page: Page) {
  const result = await overflowing(page);
  expect(result.out, result.out.join("\n")).toEqual([]);
  expect(result.pageWidth).toBeLessThanOrEqual(result.width);
}

async function expectTwoPerRow(page: Page, tiles: ReturnType<Page["locator"]>) {
  const boxes = (await tiles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) as DOMRect[];
  expect(boxes.length).toBeGreaterThanOrEqual(4);
  const rows = new Map<number, number>();
  for (const b of boxes) rows.set(Math.round(b.top), (rows.get(Math.round(b.top)) ?? 0) + 1);
  const counts = [...rows.values()];
  expect(
    counts.slice(0, -1).every((n) => n === 2),
    JSON.stringify(counts),
  ).toBe(true);
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(390);
}

test("the menu button opens the navigation and every link is reachable", async ({ page }) => {
  await page.goto("/?from=2025-11&to=2026-10");
  await expect(page.getByRole("heading", { level: 1, name: "Executive" })).toBeVisible();
  const button = page.getByRole("button", { name: /Menu/ });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Main" });
  const labels = ["Executive", "Customer Success", "Customers", "Import", "Metrics glossary", "Settings", "Users"];
  for (const label of labels) {
    const link = nav.getByRole("link", { name: label, exact: true });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }
  await page.screenshot({ path: test.info().outputPath("phone-menu.png") });
  await nav.getByRole("link", { name: "Customer Success", exact: true }).click();
  await expect(page).toHaveURL(/\/cs\?from=2025-11&to=2026-10/);
  await expect(page.getByRole("heading", { level: 1, name: "Customer Success" })).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "false");
});

test("Executive at 390x844: tiles two per row, nothing wider than the screen", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectTwoPerRow(page, page.locator("[data-testid^='kpi-']:is(article)"));
  await expectFits(page);
  await page.screenshot({ path: test.info().outputPath("phone-executive.png"), fullPage: true });
});

test("Customer Success at 390x844: tiles two per row, tables scroll sideways with the first column fixed", async ({ page }) => {
  await page.goto("/cs");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectTwoPerRow(page, page.getByTestId("stat-healthy").locator("xpath=..").locator(":scope > article"));
  await expectFits(page);
  const list = page.locator("[data-list-id=at-risk-list]");
  const scroller = list.locator(".overflow-x-auto");
  const table = scroller.locator("table");
  await list.scrollIntoViewIfNeeded();
  const arr = list.getByRole("columnheader", { name: /ARR/ });
  await expect(arr).toBeVisible();
  const first = list.locator("tbody tr").first().locator("td").first();
  const before = (await first.boundingBox())!;
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const after = (await first.boundingBox())!;
  expect(Math.round(after.x)).toBe(Math.round(before.x));
  const tableBox = (await table.boundingBox())!;
  const lastHeader = list.locator("thead th").last();
  const lastBox = (await lastHeader.boundingBox())!;
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(390);
  expect(tableBox.width).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath("phone-cs.png"), fullPage: true });
});

test("Customers at 390x844: the table scrolls sideways inside its box", async ({ page }) => {
  await page.goto("/customers");
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await expectFits(page);
  await page.screenshot({ path: test.info().outputPath("phone-customers.png"), fullPage: true });
});
