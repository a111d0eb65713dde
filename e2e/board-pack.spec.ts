import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { expect, test } from "./fixtures";
import type { MetricsResponse } from "../lib/metrics/types";

test.setTimeout(180_000);

test("the monthly board pack: title, KPI table with last month and a year before, every chart with a commentary box, annotations", async ({
  page,
  request,
}) => {
  await page.goto("/board-pack");
  await expect(page.getByRole("heading", { level: 1, name: "Monthly board pack" })).toBeVisible();
  const select = page.getByRole("combobox", { name: "Pack month" });
  const month = (await select.locator("option").nth(1).getAttribute("value"))!;
  await select.selectOption(month);
  await expect(page).toHaveURL(new RegExp(`to=${month}`));
  await expect(page.getByTestId("board-kpi-table")).toContainText("Same month last year");

  const [yearAgoMonth, previousMonth] = [
    `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`,
    month.endsWith("-01")
      ? `${Number(month.slice(0, 4)) - 1}-12`
      : `${month.slice(0, 5)}${String(Number(month.slice(5)) - 1).padStart(2, "0")}`,
  ];
  const single = async (m: string) => ((await (await request.get(`/api/metrics?from=${m}&to=${m}`)).json()) as MetricsResponse).summary;
  const [now, previous, yearAgo] = await Promise.all([single(month), single(previousMonth), single(yearAgoMonth)]);
  const activeRow = page.getByTestId("board-kpi-table").getByRole("row", { name: /Active customers/ });
  await expect(activeRow).toContainText(`${now.active_customers}`);
  await expect(activeRow.locator("td").nth(1)).toHaveText(`${previous.active_customers}`);
  await expect(activeRow.locator("td").nth(2)).toHaveText(`${yearAgo.active_customers}`);

  const chartCount = await page.locator("[data-chart-id]").count();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Build board pack" }).click(),
  ]);
  await expect(page.getByTestId("board-pack-status")).toHaveText(`Board pack downloaded (${chartCount} charts)`);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^keel-board-pack-\\d{4}-\\d{2}-${month}\\.pptx$`));
  const target = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(target);
  const zip = await JSZip.loadAsync(readFileSync(target));
  const slides = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const xml = await Promise.all(slides.map((s) => zip.file(s)!.async("string")));
  const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  expect(xml[0]).toContain(monthName);
  expect(xml[1]).toContain("Same month last year");
  expect(xml[1]).toContain("Plan");
  expect(xml[1]).toContain(`<a:t>${now.active_customers}</a:t>`);
  const chartSlides = xml.slice(2, -1);
  expect(chartSlides.length).toBeGreaterThanOrEqual(chartCount);
  for (const s of [xml[1], ...chartSlides, xml.at(-1)!]) expect(s).toContain("Commentary");
  expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length).toBe(chartCount - 1);
  expect(xml.at(-1)).toContain("What happened");
});
