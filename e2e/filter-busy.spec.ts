import { expect, test, type Page } from "./fixtures";

const percentText = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)}%`);
const nrrTile = (page: Page) => page.getByTestId("kpi-nrr").getByTestId("kpi-value");

/** Milliseconds from the select's change event to the busy cue showing, measured in the page. */
async function watchBusyCue(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __changedAt?: number; __cueAt?: number };
    document.addEventListener("change", () => (w.__changedAt ??= performance.now()), { capture: true });
    const cue = document.querySelector("[data-busy-cue]")!;
    new MutationObserver(() => {
      if (cue.getAttribute("data-busy-cue") === "true") w.__cueAt ??= performance.now();
    }).observe(cue, { attributes: true });
  });
}

test("a filter change shows a busy cue at once and keeps the previous charts until the new data arrives", async ({ page, request }) => {
  const all = await (await request.get("/api/metrics")).json();
  const smb = await (await request.get("/api/metrics?segment=SMB")).json();
  expect(percentText(smb.summary.nrr)).not.toBe(percentText(all.summary.nrr));

  await page.goto("/");
  await expect(nrrTile(page)).toHaveText(percentText(all.summary.nrr));
  await expect(page.locator("[data-busy-cue]")).toHaveAttribute("data-busy-cue", "false");
  await watchBusyCue(page);

  // Hold the dashboard's data until the test lets it through.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/(metrics|dashboards\/executive)\?/, async (route) => {
    await held;
    await route.continue();
  });

  await page.getByRole("combobox", { name: "Segment", exact: true }).selectOption("SMB");
  const cue = page.locator("[data-busy-cue]");
  await expect(cue).toHaveAttribute("data-busy-cue", "true");
  await expect(cue).toHaveText("Updating…");
  const cueMs = await page.evaluate(() => {
    const w = window as unknown as { __changedAt: number; __cueAt: number };
    return w.__cueAt - w.__changedAt;
  });
  // The target is 100 ms; the bound leaves room for a busy shared test machine.
  expect(cueMs).toBeLessThan(250);

  // While the data is held, the previous view stays: the old numbers and the charts, not a blank.
  await page.waitForTimeout(300);
  await expect(nrrTile(page)).toHaveText(percentText(all.summary.nrr));
  await expect(page.locator("[data-chart-id=mrr-movements] .recharts-bar-rectangle").first()).toBeVisible();
  await expect(cue).toHaveAttribute("data-busy-cue", "true");

  release();
  await expect(nrrTile(page)).toHaveText(percentText(smb.summary.nrr));
  await expect(cue).toHaveAttribute("data-busy-cue", "false");
  await expect(page.locator("[data-chart-id=mrr-movements] .recharts-bar-rectangle").first()).toBeVisible();
});

test("the CS page ships its first comments with the page and then shows all of them", async ({ page, request }) => {
  const cs = await (await request.get("/api/dashboards/cs")).json();
  expect(cs.comments.length).toBeGreaterThan(100);
  const html = await (await request.get("/cs")).text();
  // Only the first comments travel with the page; the last one does not (demo ids are fixed width).
  expect(html).toContain(cs.comments[0].response_id);
  expect(html).not.toContain(cs.comments[cs.comments.length - 1].response_id);
  await page.goto("/cs");
  await expect(page.getByRole("heading", { name: /^Verbatim comments/ })).toContainText(`(${cs.comments.length})`);
});
