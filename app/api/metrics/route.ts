import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getMetrics } from "@/db/queries/metrics";
import { parseMetricsQuery } from "@/lib/api/metrics-query";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const query = parseMetricsQuery(request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.message, { param: query.param });
  const metrics = getMetrics(getDb(), query.value);
  if (!metrics) return jsonError(404, "There is no data yet: import customers and subscriptions first (/import).");
  return jsonOk(metrics);
}
