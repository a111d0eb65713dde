import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import type { KeelDb } from "@/db/connection";
import { requireUser } from "@/db/auth/guard";
import { parseMetricsQuery, type MetricsQuery } from "@/lib/api/metrics-query";
import { jsonError, jsonOk } from "@/lib/api/respond";

/**
 * The GET handler of every route that answers for a period and filters: signed-in user, one
 * parse of from/to/segment/csm/plan (400 naming the parameter), 404 while there is no data.
 */
export function metricsRoute<T>(compute: (db: KeelDb, query: MetricsQuery) => T | null) {
  return async function GET(request: NextRequest) {
    const user = await requireUser(request);
    if (user instanceof Response) return user;
    const query = parseMetricsQuery(request.nextUrl.searchParams);
    if (!query.ok) return jsonError(400, query.message, { param: query.param });
    const body = compute(getDb(), query.value);
    if (!body) return jsonError(404, "There is no data yet: import customers and subscriptions first (/import).");
    return jsonOk(body);
  };
}
