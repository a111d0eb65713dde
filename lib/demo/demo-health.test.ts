import { describe, expect, it } from "vitest";
import { monthEndExclusiveMs } from "../domain/months";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS, type Dataset, type DatasetKind } from "../domain/types";
import { parseRow } from "../import/row-schemas";
import { filterCustomers } from "../metrics/filters";
import { eventsOfCustomer, stuckCustomers } from "../metrics/lifecycle-stuck";
import { healthInputs, scoreActiveCustomers } from "../metrics/compute-metrics";
import { backtestHealth, buildBacktestSample } from "../metrics/health-backtest";
import { prepareDataset } from "../metrics/prepare";
import { generateDemoRowsByKind } from "./generate-demo";

const KEYS: Record<DatasetKind, keyof Dataset> = {
  customers: "customers",
  subscriptions: "subscriptions",
  lifecycle: "lifecycle",
  costs: "costs",
  surveys: "surveys",
  tickets: "tickets",
  usage: "usage",
};

function demoDataset(): Dataset {
  const rows = generateDemoRowsByKind({ preset: "demo" });
  const ds = { customers: [], subscriptions: [], lifecycle: [], costs: [], surveys: [], tickets: [], usage: [] } as unknown as Record<
    keyof Dataset,
    unknown[]
  >;
  for (const kind of DATASET_KINDS) {
    for (const raw of rows[kind]) {
      const parsed = parseRow(kind, raw);
      if (!parsed.ok) throw new Error(`${kind}: ${parsed.issues[0].message}`);
      ds[KEYS[kind]].push(parsed.record);
    }
  }
  return ds as unknown as Dataset;
}

describe("demo health at the default settings, 2026-10", () => {
  const p = prepareDataset(demoDataset());
  const { scores } = scoreActiveCustomers(
    p,
    filterCustomers(p, { segment: null, csm: null, plan: null }),
    "2026-10",
    DEFAULT_HEALTH_SETTINGS,
  );
  const share = (band: string) => (scores.filter((s) => s.band === band).length / scores.length) * 100;

  it("has a believable band mix: 8-15% at risk, 45-60% healthy", () => {
    expect(scores.length).toBeGreaterThan(250);
    expect(share("at_risk")).toBeGreaterThanOrEqual(8);
    expect(share("at_risk")).toBeLessThanOrEqual(15);
    expect(share("healthy")).toBeGreaterThanOrEqual(45);
    expect(share("healthy")).toBeLessThanOrEqual(60);
  });

  it("splits 313 active customers into 167 healthy, 110 watch, 36 at risk under the ARR-weighted support factor", () => {
    const count = (band: string) => scores.filter((s) => s.band === band).length;
    expect([scores.length, count("healthy"), count("watch"), count("at_risk")]).toEqual([313, 167, 110, 36]);
  });

  it("foretells churn in its own history: the back-test ranks churners low and at risk churns most", () => {
    const r = backtestHealth(buildBacktestSample(p, healthInputs(p)), DEFAULT_HEALTH_SETTINGS);
    expect(r.auc!).toBeGreaterThan(0.75);
    const [atRisk, watch, healthy] = r.bands.map((b) => b.churn_rate!);
    expect(atRisk).toBeGreaterThan(watch);
    expect(watch).toBeGreaterThan(healthy);
    expect(r.lift!).toBeGreaterThan(2);
  });

  it("gives most active customers recent sentiment and usage", () => {
    const noSentiment = scores.filter((s) => s.factors.sentiment === 50).length;
    const noUsage = scores.filter((s) => s.factors.usage === 0).length;
    expect(noSentiment / scores.length).toBeLessThan(0.25);
    expect(noUsage / scores.length).toBeLessThan(0.05);
  });

  it("keeps the stuck list to the accounts that really linger", () => {
    const ids = scores.map((s) => s.customerId);
    const stuck = stuckCustomers(eventsOfCustomer(p), ids, monthEndExclusiveMs("2026-10"), DEFAULT_HEALTH_SETTINGS.stuckAfterDays);
    expect(stuck.length / ids.length).toBeLessThan(0.2);
  });
});
