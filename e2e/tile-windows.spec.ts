import { expect, test } from "./fixtures";

const pct = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)}%`);
const mean = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.reduce((a, b) => a + b, 0) / known.length;
};
const annualised = (monthly: number) => (1 - (1 - monthly / 100) ** 12) * 100;

test("every rate tile says its window; churn offers monthly avg and annualised, NRR/GRR the trailing 12 months", async ({
  page,
  request,
}) => {
  const period = "from=2025-11&to=2026-10";
  const [metrics, executive] = await Promise.all([
    request.get(`/api/metrics?${period}`).then((r) => r.json()),
    request.get(`/api/dashboards/executive?${period}`).then((r) => r.json()),
  ]);
  await page.goto(`/?${period}`);
  const tile = (key: string) => page.getByTestId(`kpi-${key}`);
  await expect(tile("arr").getByTestId("kpi-window")).toHaveText("at Oct 2026");
  await expect(tile("nrr").getByTestId("kpi-window")).toHaveText("trailing 12 mo");
  await expect(tile("grr").getByTestId("kpi-window")).toHaveText("trailing 12 mo");
  for (const key of ["logo_churn_rate", "net_mrr_churn_pct", "cost_to_carry_ratio", "nps", "cac"]) {
    await expect(tile(key).getByTestId("kpi-window")).toHaveText("over 12 mo");
  }
  const logo = mean(metrics.months.map((m: { logo_churn_rate: number | null }) => m.logo_churn_rate));
  await expect(tile("logo_churn_rate").getByTestId("kpi-value")).toHaveText(pct(metrics.summary.logo_churn_rate));
  await expect(tile("logo_churn_rate").getByTestId("kpi-readings")).toHaveText(
    `monthly avg ${pct(logo)}, annualised ${pct(annualised(logo))}`,
  );
  const net = mean(executive.monthly_retention.map((m: { net_mrr_churn_pct: number | null }) => m.net_mrr_churn_pct));
  await expect(tile("net_mrr_churn_pct").getByTestId("kpi-readings")).toContainText(`monthly avg ${pct(net)}`);
  await expect(tile("nrr").getByTestId("kpi-readings")).toHaveCount(0);

  const six = "from=2026-05&to=2026-10";
  const exec6 = await (await request.get(`/api/dashboards/executive?${six}`)).json();
  await page.goto(`/?${six}`);
  await expect(tile("nrr").getByTestId("kpi-window")).toHaveText("over 6 mo");
  await expect(tile("nrr").getByTestId("kpi-readings")).toHaveText(`trailing 12 mo ${pct(exec6.trailing_retention.at(-1).nrr)}`);
  await expect(tile("grr").getByTestId("kpi-readings")).toHaveText(`trailing 12 mo ${pct(exec6.trailing_retention.at(-1).grr)}`);
  // A 12-month trailing NRR to the same month is the 12-month period's NRR.
  expect(pct(exec6.trailing_retention.at(-1).nrr)).toBe(pct(metrics.summary.nrr));
  await expect(tile("logo_churn_rate").getByTestId("kpi-window")).toHaveText("over 6 mo");

  await page.goto("/metrics#logo_churn_rate");
  await expect(page.locator("#logo_churn_rate")).toContainText("annualised = 1 − (1 − monthly avg)^12");
  await expect(page.locator("#nrr")).toContainText("trailing 12 months");
});

test("the Customer Success rate tiles say their window too", async ({ page }) => {
  await page.goto("/cs?from=2026-05&to=2026-10");
  for (const id of ["nps", "csat", "ces", "fcr", "tickets", "cost-to-carry-ratio"]) {
    await expect(page.getByTestId(`stat-${id}`)).toContainText("over 6 mo");
  }
});
