import type { z } from "zod";
import { getDb } from "@/db";
import type { KeelDb } from "@/db/connection";
import { metricsQuerySchema, type MetricsQuery } from "@/lib/api/metrics-query";
import { jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

/**
 * The GET handler of a route that answers for a period and filters: signed-in user, one parse of
 * the query with `schema` (400 naming the parameter), 404 while there is no data.
 */
export function viewRoute<S extends z.ZodType, T>(schema: S, compute: (db: KeelDb, query: z.output<S>) => T | null, summary?: string) {
  return route({ auth: "user", query: schema, summary }, ({ query }) => {
    const body = compute(getDb(), query as z.output<S>);
    if (!body) throw noDataYet();
    return jsonOk(body);
  });
}

/** viewRoute with from/to/segment/csm/plan. */
export function metricsRoute<T>(compute: (db: KeelDb, query: MetricsQuery) => T | null, summary?: string) {
  return viewRoute(metricsQuerySchema, compute, summary);
}
