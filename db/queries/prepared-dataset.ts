import type { KeelDb } from "../connection";
import { getDataVersion, getKindVersions } from "../data-version";
import { loadDatasetParts } from "./dataset-parts";
import { collectGarbage } from "./collect-garbage";
import { loadMrrFacts } from "./mrr-facts";
import { DATASET_KINDS } from "@/lib/domain/types";
import { prepareParts, type DatasetParts, type PreparedDataset } from "@/lib/metrics/prepare";

interface CacheEntry {
  db: KeelDb;
  version: number;
  kindVersions: ReadonlyMap<string, number>;
  prepared: PreparedDataset;
}

/*
 * On globalThis because Next loads this module once per route bundle (the pages and each API route):
 * a module variable would hold one data set per bundle, each loaded on its first request.
 */
const state = globalThis as unknown as { keelPrepared?: CacheEntry | null };

/**
 * The prepared dataset (typed per-customer columns, monthly MRR and indexes) for the current data
 * version. Rebuilt after each import or undo, rereading only the kinds whose version moved, so a
 * metrics request only aggregates.
 */
export function getPreparedDataset(db: KeelDb): PreparedDataset {
  const version = getDataVersion(db);
  if (state.keelPrepared?.db === db && state.keelPrepared.version === version) return state.keelPrepared.prepared;
  state.keelPrepared = rebuild(db);
  collectGarbage();
  return state.keelPrepared.prepared;
}

function rebuild(db: KeelDb): CacheEntry {
  let previous =
    state.keelPrepared?.db === db
      ? { kindVersions: state.keelPrepared.kindVersions, parts: state.keelPrepared.prepared.parts, mrr: state.keelPrepared.prepared.mrr }
      : null;
  // The old prepared data set (and the views and scores kept with it) goes before the new one is
  // built; only the parts of unchanged kinds stay, shared with the new one.
  state.keelPrepared = null;
  // One read transaction: the versions and every kind come from the same snapshot, even while an
  // import commits in the worker.
  return db.$client.transaction((): CacheEntry => {
    const kindVersions = getKindVersions(db);
    const unchanged = DATASET_KINDS.filter((kind) => previous && previous.kindVersions.get(kind) === kindVersions.get(kind));
    const kept = Object.fromEntries(unchanged.map((kind) => [kind, previous!.parts[kind]])) as Partial<DatasetParts>;
    // The MRR matrix depends only on the customers and their subscriptions; when either moved it comes
    // from the facts written after each import (or, while some are pending, from the subscriptions).
    const keptMrr = kept.customers && kept.subscriptions ? previous!.mrr : null;
    previous = null;
    const parts = loadDatasetParts(db, kept);
    const prepared = prepareParts(parts, (index) => keptMrr ?? loadMrrFacts(db, index));
    return { db, version: getDataVersion(db), kindVersions, prepared };
  })();
}
