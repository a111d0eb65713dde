import type { KeelDb } from "../connection";
import { getDataVersion } from "../data-version";
import { loadDataset } from "./load-dataset";
import { loadMrrFacts } from "./mrr-facts";
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
  // Let the old data set (and the views and scores kept with it) go before the new one is built,
  // so the two are never held at once: the server's peak memory is one data set, not two.
  cache = null;
  // The MRR matrix comes from the facts written after each import, unless some are still pending.
  const prepared = prepareDataset(loadDataset(db), (index) => loadMrrFacts(db, index));
  cache = { db, version, prepared };
  return prepared;
}
