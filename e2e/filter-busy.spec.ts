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

test("the CS page carries its first comments; the search and further pages come from the comments API", async ({ page, request }) => {
  const cs = await (await request.get("/api/dashboards/cs")).json();
  expect(cs.comments.length).toBeLessThanOrEqual(50);
  expect(cs.comments_total).toBeGreaterThan(70);
  const view = `from=${cs.period.from}&to=${cs.period.to}`;
  // The API pages in the view's order.
  const second = await (await request.get(`/api/dashboards/cs/comments?${view}&offset=10&limit=5`)).json();
  expect(second).toMatchObject({ total: cs.comments_total, offset: 10, limit: 5 });
  expect(second.comments.map((c: { response_id: string }) => c.response_id)).toEqual(
    cs.comments.slice(10, 15).map((c: { response_id: string }) => c.response_id),
  );
  const tooMany = await request.get(`/api/dashboards/cs/comments?${view}&limit=500`);
  expect(tooMany.status()).toBe(400);
  expect((await tooMany.json()).code).toBe("bad_parameter");
  // A word of the newest comment, searched in capitals: the match is case-insensitive.
  const word: string = cs.comments[0].comment.match(/[A-Za-z]{4,}/)[0].toLowerCase();
  const found = await (await request.get(`/api/dashboards/cs/comments?${view}&q=${word}`)).json();
  expect(found.total).toBeGreaterThan(0);

  await page.goto("/cs");
  await expect(page.getByRole("heading", { name: /^Verbatim comments/ })).toContainText(`(${cs.comments_total})`);
  const section = page.getByRole("region", { name: /^Verbatim comments/ });
  const list = section.getByTestId("comments");
  const count = page.getByTestId("comments-count");
  await expect(count).toHaveText(`${cs.comments_total} comments`);
  await expect(list.getByRole("listitem")).toHaveCount(10);
  // More than the view carries: the next page is fetched.
  for (let i = 0; i < 3; i++) await section.getByRole("button", { name: /^Show more/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(70);

  await section.getByRole("searchbox").fill(word.toUpperCase());
  await expect(count).toHaveText(`${found.total} comments match`);
  await expect(list.getByRole("listitem").first()).toContainText(new RegExp(word, "i"));
  await expect(list.getByRole("listitem")).toHaveCount(Math.min(10, found.total));
  await section.getByRole("searchbox").fill("zzqx-no-such-comment");
  await expect(count).toHaveText("0 comments match");
  await expect(section.getByText("No comment matches this search.")).toBeVisible();
});
