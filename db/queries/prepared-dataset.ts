import type { KeelDb } from "../connection";
import { getDataVersion, getKindVersions } from "../data-version";
import { loadDatasetParts } from "./dataset-parts";
import { DATASET_KINDS } from "@/lib/domain/types";
import { prepareParts, type DatasetParts, type PreparedDataset } from "@/lib/metrics/prepare";

interface CacheEntry {
  db: KeelDb;
  version: number;
  kindVersions: ReadonlyMap<string, number>;
  prepared: PreparedDataset;
}

let cache: CacheEntry | null = null;

/**
 * The prepared dataset (typed per-customer columns, monthly MRR and indexes) for the current data
 * version. Rebuilt after each import or undo, rereading only the kinds whose version moved, so a
 * metrics request only aggregates.
 */
export function getPreparedDataset(db: KeelDb): PreparedDataset {
  const version = getDataVersion(db);
  if (cache && cache.db === db && cache.version === version) return cache.prepared;
  let previous = cache && cache.db === db ? cache : null;
  // The old prepared data set (and the views and scores kept with it) goes before the new one is
  // built; only the parts of unchanged kinds stay, shared with the new one.
  cache = null;
  // One read transaction: the versions and every kind come from the same snapshot, even while an
  // import commits in the worker.
  const next = db.$client.transaction((): CacheEntry => {
    const kindVersions = getKindVersions(db);
    const old = previous?.prepared.parts;
    const unchanged = DATASET_KINDS.filter((kind) => old && previous!.kindVersions.get(kind) === kindVersions.get(kind));
    const kept = Object.fromEntries(unchanged.map((kind) => [kind, old![kind]])) as Partial<DatasetParts>;
    previous = null;
    const parts = loadDatasetParts(db, kept);
    return { db, version: getDataVersion(db), kindVersions, prepared: prepareParts(parts) };
  })();
  cache = next;
  return next.prepared;
}
