import { beforeAll, describe, expect, it } from "vitest";
import { openTemporaryDatabase } from "../connection";
import { importCsv } from "../imports/import-csv";
import { loadDatasetParts } from "./dataset-parts";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { filterCustomers } from "@/lib/metrics/filters";
import { monthMovements } from "@/lib/metrics/movements";
import { mrrColumn, sumUnits } from "@/lib/metrics/mrr";
import { prepareParts, type PreparedDataset } from "@/lib/metrics/prepare";
import { indexToMonth } from "@/lib/domain/months";

const NO_FILTER = { segment: null, csm: null, plan: null };

/** The demo data set as the app holds it: imported through the upload path, read back from SQLite. */
let p: PreparedDataset;

beforeAll(async () => {
  const db = openTemporaryDatabase();
  const files = generateDemoCsv({ preset: "demo" });
  for (const kind of DATASET_KINDS) {
    const outcome = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input: files[kind] });
    if (!outcome.ok) throw new Error(`${kind}: ${outcome.error}`);
  }
  p = prepareParts(loadDatasetParts(db));
  db.$client.close();
});

describe("the demo data set", () => {
  it("keeps MRR(m) = MRR(m-1) + new + reactivation + expansion - contraction - churn exactly, every month", () => {
    const customers = filterCustomers(p, NO_FILTER);
    const first = p.mrr.changeMonths[0];
    const last = p.latestMonth!;
    expect(last - first).toBeGreaterThanOrEqual(30);
    for (let m = first; m <= last; m++) {
      const before = sumUnits(mrrColumn(p.mrr, m - 1), customers).units;
      const after = sumUnits(mrrColumn(p.mrr, m), customers).units;
      const mv = monthMovements(p.mrr, customers, m);
      const bridged = before + mv.new.units + mv.reactivation.units + mv.expansion.units - mv.contraction.units - mv.churn.units;
      expect(bridged, indexToMonth(m)).toBe(after);
    }
  });

  it("balances the API's monthly figures too, to the cent", () => {
    const metrics = computeMetrics(p, { from: "2024-02", to: "2026-10" }, NO_FILTER, DEFAULT_HEALTH_SETTINGS);
    for (let i = 1; i < metrics.months.length; i++) {
      const m = metrics.months[i];
      const bridged = metrics.months[i - 1].mrr + m.new_mrr + m.reactivation_mrr + m.expansion_mrr - m.contraction_mrr - m.churned_mrr;
      expect(Math.abs(bridged - m.mrr), m.month).toBeLessThan(0.005);
    }
  });
});
