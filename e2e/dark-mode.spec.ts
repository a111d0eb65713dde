import { readFile } from "node:fs/promises";
import { PNG } from "pngjs";
import { expect, test, type Page } from "./fixtures";
import { axeViolations, describeViolations, seriousOnes } from "./support/axe";

/** Relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const surface = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const probe = document.createElement("div");
      probe.style.color = getComputedStyle(el).backgroundColor;
      document.body.appendChild(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return rgb;
    });

test.describe("with the system in dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const [path, heading] of [
    ["/", "Executive"],
    ["/cs", "Customer Success"],
  ] as const) {
    test(`${path} is dark, charts draw from the dark theme, and axe finds nothing serious`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      expect(luminance(await surface(page, "body"))).toBeLessThan(0.05);
      expect(luminance(await surface(page, "[data-chart-id]"))).toBeLessThan(0.05);
      const grid = await page.locator(".recharts-cartesian-grid line").first().getAttribute("stroke");
      expect(grid).toBe("var(--chart-grid)");
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--chart-grid").trim())).toBe("#334155");
      await page.screenshot({ path: test.info().outputPath(`dark${path === "/" ? "-executive" : "-cs"}.png`), fullPage: true });
      const serious = seriousOnes(await axeViolations(page));
      expect(serious, describeViolations(serious)).toEqual([]);
    });
  }

  test("a chart's PNG stays light unless a dark one is asked for", async ({ page }) => {
    await page.goto("/");
    const card = page.locator('[data-chart-id="mrr-movements"]');
    await expect(card.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await card.getByRole("button", { name: /^Export / }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      card.getByRole("menuitem", { name: "Download PNG" }).click(),
    ]);
    const png = PNG.sync.read(await readFile(await file.path()));
    const at = (x: number, y: number) => [...png.data.subarray((png.width * y + x) * 4, (png.width * y + x) * 4 + 3)];
    expect(at(4, 4)).toEqual([255, 255, 255]);
    expect(at(png.width - 5, png.height - 5)).toEqual([255, 255, 255]);

    await card.getByRole("button", { name: /^Export / }).click();
    const [dark] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      card.getByRole("menuitem", { name: "Download dark PNG" }).click(),
    ]);
    expect(dark.suggestedFilename()).toMatch(/-dark\.png$/);
    await dark.saveAs(test.info().outputPath(dark.suggestedFilename()));
    const darkPng = PNG.sync.read(await readFile(await dark.path()));
    const corner = [...darkPng.data.subarray(4 * (darkPng.width * 4 + 4), 4 * (darkPng.width * 4 + 4) + 3)];
    expect(Math.max(...corner)).toBeLessThan(80);
  });
});

test("the toggle cycles Auto, Light, Dark, and the choice is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveAttribute("data-theme-choice", "system");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "light");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByTestId("theme-toggle")).toHaveAttribute("data-theme-choice", "dark");
  await page.getByTestId("theme-toggle").click();
  await expect(page.getByTestId("theme-toggle")).toHaveAttribute("data-theme-choice", "system");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});
