import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import type { MetricsResponse } from "../lib/metrics/types";

test.setTimeout(180_000);

async function metrics(request: APIRequestContext, query = ""): Promise<MetricsResponse> {
  const res = await request.get(`/api/metrics${query}`);
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as MetricsResponse;
}

async function importTargets(request: APIRequestContext, rows: string[]): Promise<number> {
  const csv = ["month,metric,segment,value", ...rows].join("\n");
  const res = await request.post("/api/imports", {
    multipart: { kind: "targets", file: { name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { import_id: number }).import_id;
}

async function deckSlides(page: Page): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Export deck" }).click(),
  ]);
  const target = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(target);
  const zip = await JSZip.loadAsync(readFileSync(target));
  const names = Object.keys(zip.files).filter((f) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(f));
  return Promise.all(names.map((n) => zip.file(n)!.async("string")));
}

test("targets: a dashed plan line on the time-series charts, vs plan on the tiles, and the plan in the deck", async ({ page, request }) => {
  const api = await metrics(request);
  const plan = api.months.map((m) => ({ month: m.month, mrr: Math.round(m.mrr * 1.05) }));
  const rows = [
    ...plan.map((p) => `${p.month},mrr,,${p.mrr}`),
    ...api.months.map((m) => `${m.month},logo_churn_rate,,2`),
    ...api.months.map((m) => `${m.month},ticket_volume,,300`),
    `${api.period.to},arr,,${Math.round(api.summary.arr * 1.1)}`,
  ];
  const importId = await importTargets(request, rows);
  try {
    const withPlan = await metrics(request);
    expect(withPlan.targets.filter((t) => t.metric === "mrr")).toHaveLength(api.months.length);

    await page.goto("/");
    const movements = page.locator('[data-chart-id="mrr-movements"]');
    await expect(movements).toContainText("MRR plan (right axis)");
    await expect(movements.locator('path[stroke-dasharray="6 4"]')).toHaveCount(1);
    await expect(page.locator('[data-chart-id="logo-churn"]').locator('path[stroke-dasharray="6 4"]')).toHaveCount(1);
    await expect(page.getByTestId("kpi-arr").getByTestId("kpi-plan")).toContainText("vs plan $");
    await expect(page.getByTestId("kpi-mrr").getByTestId("kpi-plan")).toContainText("vs plan $");

    const xml = (await deckSlides(page)).join("\n");
    expect(xml).toContain("MRR plan (right axis)");
    for (const p of plan) expect(xml).toContain(`<c:v>${p.mrr}</c:v>`);
    expect(xml).toContain('<a:prstDash val="dash"/>');
    expect(xml).toMatch(/vs plan \$/);

    await page.goto("/cs");
    await expect(page.locator('[data-chart-id="cs-tickets"]').locator('path[stroke-dasharray="6 4"]')).toHaveCount(1);
  } finally {
    expect((await request.delete(`/api/imports/${importId}`)).ok()).toBeTruthy();
  }
});

test("annotations: added from a chart's menu, marked on the time-series charts and listed on the slide", async ({ page, request }) => {
  const api = await metrics(request);
  const date = `${api.months[6].month}-15`;
  const label = `Price change ${Date.now() % 100000}`;
  await page.goto("/");
  const card = page.locator('[data-chart-id="logo-churn"]');
  await card.getByRole("button", { name: /^Export / }).click();
  await card.getByRole("menuitem", { name: "Add annotation…" }).click();
  const form = card.getByRole("form", { name: "Add annotation" });
  await form.getByLabel("Date").fill(date);
  await form.getByLabel("What happened").fill(label);
  await form.getByRole("button", { name: "Add annotation" }).click();
  await expect(card.getByTestId("chart-export-status")).toHaveText("Annotation added");
  expect((await metrics(request)).annotations).toContainEqual({ date, label, segment: null });
  for (const id of ["logo-churn", "mrr-movements", "nps-trend", "retention-trend"]) {
    await expect(page.locator(`[data-chart-id="${id}"] .keel-annotation`)).toHaveCount(1);
    await expect(page.locator(`[data-chart-id="${id}"] svg.recharts-surface`)).toContainText(label.slice(0, 12));
  }
  const xml = (await deckSlides(page)).join("\n");
  expect(xml).toContain(
    `Annotations: ${new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`))}: ${label}`,
  );

  await page.goto("/cs");
  for (const id of ["cs-nps-trend", "cs-csat-ces", "cs-responses", "cs-tickets", "cs-first-response", "cs-resolution", "cs-cost-ratio"]) {
    await expect(page.locator(`[data-chart-id="${id}"] .keel-annotation`), id).toHaveCount(1);
  }

  const bad = await request.post("/api/annotations", { data: { date: "2026-02-30", label: "x" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("date");
});

test("the Settings page sets, edits and deletes a plan figure by hand; the tile shows it", async ({ page, request }) => {
  const api = await metrics(request);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Set a plan figure" });
  await form.locator("input[type=month]").fill(api.period.to);
  await form.locator("select").selectOption("nrr");
  await form.locator("input[type=number]").fill("105");
  await form.getByRole("button", { name: "Set plan figure" }).click();
  const table = page.getByTestId("targets-table");
  await expect(table).toContainText("nrr");
  await expect(table).toContainText("105");
  await form.locator("input[type=number]").fill("107.5");
  await form.getByRole("button", { name: "Set plan figure" }).click();
  await expect(table).toContainText("107.5");
  expect((await (await request.get("/api/targets")).json()).targets).toContainEqual({
    month: api.period.to,
    metric: "nrr",
    segment: null,
    value: 107.5,
  });

  await page.goto("/");
  await expect(page.getByTestId("kpi-nrr").getByTestId("kpi-plan")).toContainText("vs plan 107.5%");

  const wrong = await request.put("/api/targets", { data: { month: api.period.to, metric: "revenue_growth", value: 1 } });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error).toMatch(/^metric:/);

  await page.goto("/settings");
  await page.getByRole("button", { name: `Delete plan nrr ${api.period.to}` }).click();
  await expect(page.getByTestId("targets-table")).toHaveCount(0);
});
