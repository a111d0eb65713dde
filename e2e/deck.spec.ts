import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { expect, test, type Page } from "./fixtures";
import { countMarks, readPng } from "./pixels";
import type { MetricsResponse } from "../lib/metrics/types";

test.setTimeout(300_000);

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

interface DeckSlide {
  file: string;
  xml: string;
  charts: string[];
}

async function exportDeck(page: Page): Promise<{ name: string; path: string; zip: JSZip }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Export deck" }).click(),
  ]);
  await expect(page.getByTestId("export-status")).toContainText("Deck downloaded");
  const target = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target, zip: await JSZip.loadAsync(readFileSync(target)) };
}

/** Slides in order, each with its text and the native chart parts it holds. */
async function slidesOf(zip: JSZip): Promise<DeckSlide[]> {
  const files = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(
    files.map(async (file) => {
      const rels = (await zip.file(file.replace("slides/", "slides/_rels/") + ".rels")?.async("string")) ?? "";
      const targets = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1]}`);
      return {
        file,
        xml: await zip.file(file)!.async("string"),
        charts: await Promise.all(targets.map((t) => zip.file(t)!.async("string"))),
      };
    }),
  );
}

async function chartIds(page: Page): Promise<string[]> {
  await expect(page.locator("[data-chart-id]").first()).toBeVisible();
  return page.locator("[data-chart-id]").evaluateAll((nodes: Element[]) => nodes.map((n) => n.getAttribute("data-chart-id") ?? ""));
}

async function chartTitles(page: Page, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) out.set(id, ((await page.locator(`[data-chart-id="${id}"] h2`).first().textContent()) ?? "").trim());
  return out;
}

const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");

/** Every number must sit in the chart part as a data point, unrounded. */
function expectNumbers(chartXml: string, values: (number | null)[], what: string) {
  const present = values.filter((v): v is number => v !== null);
  expect(present.length, what).toBeGreaterThan(0);
  for (const v of present) expect(chartXml, `${what}: ${v}`).toContain(`<c:v>${v}</c:v>`);
}

/** Converts the deck with LibreOffice Impress and checks one page per slide, and drawn marks on every chart page. */
function checkInLibreOffice(deckPath: string, slideCount: number, chartPages: number[]) {
  if (!SOFFICE) {
    test
      .info()
      .annotations.push({ type: "skipped", description: "LibreOffice (soffice) is not installed: the .pptx was not opened in Impress." });
    console.log("[deck] soffice not found: LibreOffice check skipped (apt-get install libreoffice-impress to run it)");
    return;
  }
  const out = mkdtempSync(path.join(os.tmpdir(), "keel-deck-"));
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, deckPath], {
    timeout: 180_000,
    stdio: "ignore",
  });
  const pdf = path.join(out, path.basename(deckPath).replace(/\.pptx$/, ".pdf"));
  const info = execFileSync("pdfinfo", [pdf]).toString();
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slideCount);
  execFileSync("pdftoppm", ["-r", "80", "-png", pdf, path.join(out, "page")]);
  const pages = readdirSync(out)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort();
  expect(pages).toHaveLength(slideCount);
  const blank = chartPages.flatMap((n) => {
    const { marks } = countMarks(readPng(readFileSync(path.join(out, pages[n - 1]))));
    return marks < 1000 ? [`page ${n}: ${marks} coloured pixels`] : [];
  });
  test.info().annotations.push({ type: "libreoffice pages", description: out });
  expect(blank).toEqual([]);
}

test("Executive deck: native charts with the API's numbers, readable cohort table, named by dashboard, filters and period; opens in Impress", async ({
  page,
  request,
}) => {
  const api = (await (await request.get("/api/metrics?segment=SMB")).json()) as MetricsResponse;
  await page.goto("/?segment=SMB");
  const ids = await chartIds(page);
  const titles = await chartTitles(page, ids);
  const deck = await exportDeck(page);
  expect(deck.name).toBe(`keel-executive-segment-smb-${api.period.from}-${api.period.to}.pptx`);
  const slides = await slidesOf(deck.zip);
  const byTitle = (id: string) => slides.filter((s) => s.xml.includes(xmlText(titles.get(id)!)));

  for (const slide of slides) expect(slide.xml).not.toMatch(/[Cc]lick a/);
  for (const id of ids.filter((i) => i !== "cohort-heatmap")) {
    const [slide, ...more] = byTitle(id);
    expect(more, id).toHaveLength(0);
    expect(slide.charts, `${id} has one native chart`).toHaveLength(1);
    expect(slide.xml).toContain("Segment: SMB");
    expect(slide.xml).toContain(`Data through`);
  }
  const chartOf = (id: string) => byTitle(id)[0].charts[0];
  expectNumbers(
    chartOf("mrr-movements"),
    api.months.map((m) => m.new_mrr),
    "new MRR",
  );
  expectNumbers(
    chartOf("mrr-movements"),
    api.months.map((m) => m.mrr),
    "MRR",
  );
  expectNumbers(
    chartOf("logo-churn"),
    api.months.map((m) => m.logo_churn_rate),
    "logo churn",
  );
  expectNumbers(
    chartOf("retention-trend"),
    api.months.map((m) => m.nrr),
    "monthly NRR",
  );
  expectNumbers(
    chartOf("nps-trend"),
    api.months.map((m) => m.nps),
    "NPS",
  );
  expectNumbers(
    chartOf("cost-to-carry"),
    api.segments.map((s) => s.cost_to_carry_ratio),
    "cost to carry",
  );
  expectNumbers(
    chartOf("lifecycle-funnel"),
    api.funnel.filter((f) => f.stage !== "churn").map((f) => f.reached),
    "funnel",
  );
  expectNumbers(chartOf("mrr-bridge"), [api.summary.mrr, api.summary.new_mrr], "bridge");

  const cohortSlides = byTitle("cohort-heatmap");
  expect(cohortSlides.length).toBeGreaterThanOrEqual(1);
  for (const s of cohortSlides) {
    expect(s.charts).toHaveLength(0);
    expect(s.xml).toContain("<a:tbl>");
    expect(s.xml).toMatch(/Cohorts [A-Z][a-z]{2} \d{4} – [A-Z][a-z]{2} \d{4}/);
  }
  expect(slides).toHaveLength(2 + ids.length - 1 + cohortSlides.length);

  const chartPages = slides.flatMap((s, i) => (s.charts.length ? [i + 1] : []));
  checkInLibreOffice(deck.path, slides.length, chartPages);
});

test("Customer Success deck: one native chart per chart slide with the API's numbers; opens in Impress", async ({ page, request }) => {
  const api = (await (await request.get("/api/metrics")).json()) as MetricsResponse;
  await page.goto("/cs");
  const ids = await chartIds(page);
  const titles = await chartTitles(page, ids);
  const deck = await exportDeck(page);
  expect(deck.name).toBe(`keel-customer-success-${api.period.from}-${api.period.to}.pptx`);
  const slides = await slidesOf(deck.zip);
  expect(slides).toHaveLength(2 + ids.length);
  const chartOf = (id: string) => {
    const slide = slides.find((s) => s.xml.includes(xmlText(titles.get(id)!)))!;
    expect(slide.charts, id).toHaveLength(1);
    return slide.charts[0];
  };
  for (const id of ids) chartOf(id);
  for (const slide of slides) expect(slide.xml).not.toMatch(/[Cc]lick a/);
  expectNumbers(chartOf("cs-health-bands"), [api.health.healthy, api.health.watch, api.health.at_risk], "health bands");
  expectNumbers(
    chartOf("cs-funnel"),
    api.funnel.filter((f) => f.stage !== "churn").map((f) => f.reached),
    "funnel",
  );
  expectNumbers(
    chartOf("cs-tickets"),
    api.months.map((m) => m.ticket_volume),
    "tickets",
  );
  expectNumbers(
    chartOf("cs-cost-segments"),
    api.segments.map((s) => s.revenue),
    "segment revenue",
  );
  expectNumbers(
    chartOf("cs-cost-ratio"),
    api.months.map((m) => m.cost_to_carry_ratio),
    "cost ratio",
  );
  expectNumbers(
    chartOf("cs-csm-load"),
    api.csms.map((c) => c.arr),
    "CSM ARR",
  );

  checkInLibreOffice(
    deck.path,
    slides.length,
    slides.flatMap((s, i) => (s.charts.length ? [i + 1] : [])),
  );
});
