import { getDb } from "@/db";
import type { KeelDb } from "@/db/connection";
import { metricsQuerySchema, type MetricsQuery } from "@/lib/api/metrics-query";
import { jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

/**
 * The GET handler of every route that answers for a period and filters: signed-in user, one
 * parse of from/to/segment/csm/plan (400 naming the parameter), 404 while there is no data.
 */
export function metricsRoute<T>(compute: (db: KeelDb, query: MetricsQuery) => T | null, summary?: string) {
  return route({ auth: "user", query: metricsQuerySchema, summary }, ({ query }) => {
    const body = compute(getDb(), query);
    if (!body) throw noDataYet();
    return jsonOk(body);
  });
}
