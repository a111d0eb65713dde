import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { expect, test, type Download, type Page } from "./fixtures";
import { countMarks, MIN_MARK_PIXELS, readPng } from "./pixels";

test.setTimeout(240_000);

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  await file.saveAs(test.info().outputPath(file.suggestedFilename()));
  return file;
}

async function chartIds(page: Page): Promise<string[]> {
  await expect(page.locator("[data-chart-id]").first()).toBeVisible();
  return page.locator("[data-chart-id]").evaluateAll((nodes: Element[]) => nodes.map((n) => n.getAttribute("data-chart-id") ?? ""));
}

/** "id: N coloured pixels" for every image under the threshold. */
function blanks(images: { id: string; bytes: Buffer }[]): string[] {
  return images.flatMap(({ id, bytes }) => {
    const { marks } = countMarks(readPng(bytes));
    return marks < MIN_MARK_PIXELS ? [`${id}: ${marks} coloured pixels`] : [];
  });
}

for (const [path, dashboard] of [
  ["/", "executive"],
  ["/cs", "customer-success"],
] as const) {
  test(`${dashboard}: every chart's PNG holds drawn marks, not only axes`, async ({ page }) => {
    await page.goto(path);
    const ids = await chartIds(page);
    expect(ids.length).toBeGreaterThan(5);
    const images: { id: string; bytes: Buffer }[] = [];
    for (const id of ids) {
      const card = page.locator(`[data-chart-id="${id}"]`);
      await card.getByRole("button", { name: /^Export / }).click();
      const file = await download(page, () => card.getByRole("menuitem", { name: "Download PNG" }).click());
      images.push({ id, bytes: await readFile(await file.path()) });
    }
    expect(blanks(images)).toEqual([]);
  });

  test(`${dashboard}: after a filter change, every PNG of the zip holds drawn marks`, async ({ page }) => {
    await page.goto(path);
    const ids = await chartIds(page);
    // A filter change re-renders every chart right before the export starts.
    await page.goto(`${path}?segment=SMB`);
    await expect(page.locator("[data-chart-id]").first()).toBeVisible();
    const file = await download(page, () => page.getByRole("button", { name: "Export all as PNG" }).click());
    const zip = await JSZip.loadAsync(await readFile(await file.path()));
    const names = Object.keys(zip.files).filter((f) => f.endsWith(".png"));
    expect(names).toHaveLength(ids.length);
    const images = await Promise.all(names.map(async (name) => ({ id: name, bytes: await zip.file(name)!.async("nodebuffer") })));
    expect(blanks(images)).toEqual([]);
  });
}

test("an export that finds no drawn marks says so and downloads nothing", async ({ page }) => {
  await page.goto("/cs");
  // Marks that never show up in the export frame: the capture must refuse, not save axes only.
  await page.addStyleTag({
    content: "[data-export-frame] .recharts-bar-rectangle, [data-export-frame] .recharts-line-curve { display: none }",
  });
  const card = page.locator('[data-chart-id="cs-tickets"]');
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await card.getByRole("button", { name: /^Export / }).click();
  await card.getByRole("menuitem", { name: "Download PNG" }).click();
  await expect(card.getByTestId("chart-export-status")).toContainText("Export failed: the chart came out empty", { timeout: 15_000 });
  await page.getByRole("button", { name: "Export all as PNG" }).click();
  await expect(page.getByTestId("export-status")).toContainText("came out empty", { timeout: 60_000 });
  expect(downloaded).toBe(false);
});
