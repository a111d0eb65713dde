import type { PreparedDataset } from "@/lib/metrics/prepare";
import { collectGarbage } from "./collect-garbage";

/**
 * Computed views (metrics, Executive, CS, customer lists) kept per prepared dataset, so per data
 * version: an import or undo builds a new PreparedDataset and every view computed from the old one
 * goes with it. A view depends only on the data, its query (period, filters, drill) and the health
 * settings, all in the key. Callers must treat a cached view as read-only.
 */
// On globalThis, as the prepared data set is: Next loads this module once per route bundle.
const state = globalThis as unknown as { keelViews?: WeakMap<PreparedDataset, Map<string, unknown>> };
const views = (state.keelViews ??= new WeakMap());
const LIMIT = 48;

export function cachedView<T>(p: PreparedDataset, kind: string, key: unknown, compute: () => T): T {
  let byKey = views.get(p);
  if (!byKey) views.set(p, (byKey = new Map()));
  const k = `${kind}|${JSON.stringify(key)}`;
  if (byKey.has(k)) {
    const hit = byKey.get(k) as T;
    // Most recently used last, so the oldest entry is evicted first.
    byKey.delete(k);
    byKey.set(k, hit);
    return hit;
  }
  const value = compute();
  collectGarbage();
  if (byKey.size >= LIMIT) byKey.delete(byKey.keys().next().value!);
  byKey.set(k, value);
  return value;
}
