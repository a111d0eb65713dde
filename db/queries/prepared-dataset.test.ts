import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { importCsv } from "../imports/import-csv";
import { undoImport } from "../imports/undo-import";
import { loadDatasetParts } from "./dataset-parts";
import { getPreparedDataset } from "./prepared-dataset";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS, type DatasetKind } from "@/lib/domain/types";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { prepareParts } from "@/lib/metrics/prepare";

const files = generateDemoCsv({ preset: "demo" });
const PERIOD = { from: "2025-11", to: "2026-10" };
const NO_FILTER = { segment: null, csm: null, plan: null };
let db: KeelDb;

const load = async (kind: DatasetKind, input: string) => {
  const outcome = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input });
  if (!outcome.ok) throw new Error(`${kind}: ${outcome.error}`);
  return outcome;
};
/** The prepared data set as a full load from scratch gives it. */
const fresh = () => JSON.stringify(computeMetrics(prepareParts(loadDatasetParts(db)), PERIOD, NO_FILTER, DEFAULT_HEALTH_SETTINGS));
const served = () => JSON.stringify(computeMetrics(getPreparedDataset(db), PERIOD, NO_FILTER, DEFAULT_HEALTH_SETTINGS));

beforeEach(async () => {
  db = openTemporaryDatabase();
  for (const kind of DATASET_KINDS) await load(kind, files[kind]);
});
afterEach(() => db.$client.close());

describe("the prepared data set after an import or undo", () => {
  it("rereads only the kinds written and answers as a full load does", async () => {
    const before = getPreparedDataset(db);
    const lines = files.tickets.split("\n");
    // The tickets file again with the first ticket created years earlier: an update the metrics see.
    const changed = [lines[0], lines[1].replace(/,2\d{3}-/, ",2020-"), ...lines.slice(2)].join("\n");
    const outcome = await load("tickets", changed);
    const after = getPreparedDataset(db);
    expect(after).not.toBe(before);
    expect(after.parts.tickets).not.toBe(before.parts.tickets);
    for (const kind of DATASET_KINDS.filter((k) => k !== "tickets")) expect(after.parts[kind]).toBe(before.parts[kind]);
    expect(served()).toBe(fresh());

    expect(undoImport(db, outcome.result.import_id).ok).toBe(true);
    const undone = getPreparedDataset(db);
    expect(undone.parts.tickets).not.toBe(after.parts.tickets);
    expect(undone.parts.usage).toBe(before.parts.usage);
    expect(served()).toBe(fresh());
  });

  it("rereads every kind when the customers change", async () => {
    const before = getPreparedDataset(db);
    await load("customers", files.customers);
    const after = getPreparedDataset(db);
    for (const kind of DATASET_KINDS) expect(after.parts[kind]).not.toBe(before.parts[kind]);
    expect(served()).toBe(fresh());
  });
});
