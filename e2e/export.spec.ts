import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import JSZip from "jszip";
import { PNG } from "pngjs";

const FILE_PERIOD = /-\d{4}-\d{2}-\d{4}-\d{2}\./;

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), click()]);
  // Kept with the test's output so a person can open what was exported.
  await file.saveAs(test.info().outputPath(file.suggestedFilename()));
  return file;
}

function chartMenu(page: Page, chartId: string) {
  const card = page.locator(`[data-chart-id="${chartId}"]`);
  return {
    open: () => card.getByRole("button", { name: /^Export / }).click(),
    item: (name: string) => card.getByRole("menuitem", { name }),
  };
}

async function chartPng(page: Page, chartId: string): Promise<{ png: PNG; name: string }> {
  const menu = chartMenu(page, chartId);
  await menu.open();
  const file = await download(page, () => menu.item("Download PNG").click());
  return { png: PNG.sync.read(await bytesOf(file)), name: file.suggestedFilename() };
}

/** Distinct colours (capped): a blank or single-colour image has one or two. */
function distinctColours(png: PNG, cap = 500): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length && seen.size < cap; i += 4) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

const isWhite = (png: PNG, x: number, y: number) => {
  const i = (png.width * y + x) * 4;
  return png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
};

async function chartIds(page: Page): Promise<string[]> {
  await expect(page.locator("[data-chart-id]").first()).toBeVisible();
  return page.locator("[data-chart-id]").evaluateAll((nodes: Element[]) => nodes.map((n) => n.getAttribute("data-chart-id") ?? ""));
}

async function slideCount(bytes: Buffer): Promise<{ count: number; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  return { count: Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length, zip };
}

async function exportDeck(page: Page): Promise<Download> {
  const file = await download(page, () => page.getByRole("button", { name: "Export deck" }).click());
  await expect(page.getByTestId("export-status")).toContainText("Deck downloaded");
  return file;
}

async function measures(page: Page, prefix: string): Promise<{ name: string; ms: number }[]> {
  return page.evaluate(
    (p) =>
      performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith(p))
        .map((m) => ({ name: m.name, ms: Math.round(m.duration) })),
    prefix,
  );
}

test.describe("Executive export", () => {
  test("a chart downloads as a wide, non-blank PNG on white, named by dashboard, chart, filters and period", async ({ page }) => {
    await page.goto("/?segment=SMB");
    const { png, name } = await chartPng(page, "logo-churn");
    expect(name).toMatch(/^keel-executive-logo-churn-segment-smb-\d{4}-\d{2}-\d{4}-\d{2}\.png$/);
    expect(png.width).toBeGreaterThanOrEqual(1600);
    expect(distinctColours(png)).toBeGreaterThanOrEqual(8);
    expect(isWhite(png, 2, 2) && isWhite(png, png.width - 3, png.height - 3)).toBe(true);
  });

  test("a chart switched to its table still exports as a chart", async ({ page }) => {
    await page.goto("/");
    const card = page.locator('[data-chart-id="nps-trend"]');
    await card.getByRole("button", { name: "Table" }).click();
    await expect(card.locator(".recharts-wrapper")).toHaveCount(0);
    const { png } = await chartPng(page, "nps-trend");
    expect(png.width).toBeGreaterThanOrEqual(1600);
    expect(distinctColours(png)).toBeGreaterThanOrEqual(8);
  });

  test("the CSV holds the chart's table: header and one row per month", async ({ page, request }) => {
    const api = await (await request.get("/api/metrics?segment=SMB")).json();
    await page.goto("/?segment=SMB");
    const menu = chartMenu(page, "logo-churn");
    await menu.open();
    const file = await download(page, () => menu.item("Download CSV").click());
    expect(file.suggestedFilename()).toMatch(/^keel-executive-logo-churn-segment-smb-.*\.csv$/);
    const lines = (await bytesOf(file))
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Month,Logo churn,CRR,Churned customers");
    expect(lines).toHaveLength(1 + api.months.length);
    expect(lines[1].split(",")[0]).toBe(api.months[0].month);
  });

  test("the export menu works from the keyboard", async ({ page }) => {
    await page.goto("/");
    const button = page.locator('[data-chart-id="logo-churn"]').getByRole("button", { name: /^Export / });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Download PNG" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Download CSV" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("copy image puts a PNG on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    const menu = chartMenu(page, "lifecycle-funnel");
    await menu.open();
    await menu.item("Copy image").click();
    await expect(page.locator('[data-chart-id="lifecycle-funnel"]').getByTestId("chart-export-status")).toHaveText("Image copied");
    expect(await page.evaluate(async () => (await navigator.clipboard.read())[0].types)).toContain("image/png");
  });

  test("the deck has a title slide, a KPI slide and one slide per chart; timings reported", async ({ page }) => {
    await page.goto("/?segment=SMB");
    const ids = await chartIds(page);
    const arr = (await page.getByTestId("kpi-arr").getByTestId("kpi-value").textContent()) ?? "";
    const file = await exportDeck(page);
    expect(file.suggestedFilename()).toMatch(/^keel-executive-.*\.pptx$/);
    expect(file.suggestedFilename()).toMatch(FILE_PERIOD);
    const { count, zip } = await slideCount(await bytesOf(file));
    // The cohort heatmap is a table that may take more than one slide.
    expect(count).toBeGreaterThanOrEqual(2 + ids.length);
    const title = await zip.file("ppt/slides/slide1.xml")!.async("string");
    expect(title).toContain("Customer metrics");
    expect(title).toContain("Segment: SMB");
    expect(await zip.file("ppt/slides/slide2.xml")!.async("string")).toContain(arr);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(ids.length - 1);

    // The deck is built from the charts' data (native charts), so it captures no images.
    const deck = await measures(page, "keel-export:deck");
    const report = `charts=${ids.length}; whole deck ms=${deck[0]?.ms}`;
    console.log(`[export timing /] ${report}`);
    test.info().annotations.push({ type: "export timing /", description: report });
  });

  test("export all as PNG zips one PNG per chart, named by chart id", async ({ page }) => {
    await page.goto("/");
    const ids = await chartIds(page);
    const file = await download(page, () => page.getByRole("button", { name: "Export all as PNG" }).click());
    expect(file.suggestedFilename()).toMatch(/^keel-executive-charts-.*\.zip$/);
    const zip = await JSZip.loadAsync(await bytesOf(file));
    expect(Object.keys(zip.files).sort()).toEqual(ids.map((id) => `${id}.png`).sort());
    const first = PNG.sync.read(await zip.file(`${ids[0]}.png`)!.async("nodebuffer"));
    expect(first.width).toBeGreaterThanOrEqual(1600);
  });
});

test.describe("Customer Success export", () => {
  test("a CS chart downloads as a PNG and the deck has one slide per chart", async ({ page }) => {
    await page.goto("/cs");
    const ids = await chartIds(page);
    const { png } = await chartPng(page, ids[0]);
    expect(png.width).toBeGreaterThanOrEqual(1600);
    expect(distinctColours(png)).toBeGreaterThanOrEqual(8);
    const file = await exportDeck(page);
    expect(file.suggestedFilename()).toMatch(/^keel-customer-success-.*\.pptx$/);
    const { count } = await slideCount(await bytesOf(file));
    expect(count).toBe(2 + ids.length);
    const deck = await measures(page, "keel-export:deck");
    const report = `charts=${ids.length}; whole deck ms=${deck[0]?.ms}`;
    console.log(`[export timing /cs] ${report}`);
    test.info().annotations.push({ type: "export timing /cs", description: report });
  });
});
