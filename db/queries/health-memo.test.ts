import { beforeAll, describe, expect, it } from "vitest";
import { openTemporaryDatabase } from "../connection";
import { importCsv } from "../imports/import-csv";
import { loadDatasetParts } from "./dataset-parts";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { healthInputs } from "@/lib/metrics/compute-metrics";
import { scoreCustomerHealth } from "@/lib/metrics/health";
import { healthScorer } from "@/lib/metrics/health-memo";
import { prepareParts, type PreparedDataset } from "@/lib/metrics/prepare";

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

/** The factors kept per month as typed columns give exactly the scores worked out afresh, for any weights. */
describe("the health memo on the demo data", () => {
  it("scores every customer as scoreCustomerHealth does, first from scratch and then from the kept factors", () => {
    const inputs = healthInputs(p);
    const tuned = {
      ...DEFAULT_HEALTH_SETTINGS,
      weights: { ...DEFAULT_HEALTH_SETTINGS.weights, usage_trend: 2, mrr_trend: 1 },
      healthyMin: 65,
    };
    for (const month of ["2025-06", "2026-10"]) {
      for (const settings of [DEFAULT_HEALTH_SETTINGS, tuned, DEFAULT_HEALTH_SETTINGS]) {
        const score = healthScorer(p, inputs, month, settings);
        for (let c = 0; c < p.customers.length; c++) {
          const expected = scoreCustomerHealth(p.customers[c].customerId, inputs, month, settings);
          expect(JSON.stringify(score(c))).toBe(JSON.stringify(expected));
        }
      }
    }
  });
});
