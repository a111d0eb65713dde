import type { KeelDb } from "../connection";
import { getDataVersion } from "../data-version";
import { loadDataset } from "./load-dataset";
import { prepareDataset, type PreparedDataset } from "@/lib/metrics/prepare";

interface CacheEntry {
  db: KeelDb;
  version: number;
  prepared: PreparedDataset;
}

let cache: CacheEntry | null = null;

/**
 * The prepared dataset (per-customer monthly MRR and indexes) for the current data version.
 * Built once after each import or undo, so a metrics request only aggregates.
 */
export function getPreparedDataset(db: KeelDb): PreparedDataset {
  const version = getDataVersion(db);
  if (cache && cache.db === db && cache.version === version) return cache.prepared;
  const prepared = prepareDataset(loadDataset(db));
  cache = { db, version, prepared };
  return prepared;
}
