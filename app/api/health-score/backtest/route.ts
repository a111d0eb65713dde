import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { requireUser } from "@/db/auth/guard";
import { getHealthBacktest } from "@/db/queries/health-backtest";
import { getHealthSettings } from "@/db/queries/settings";
import { parseBacktestQuery } from "@/lib/api/backtest-query";
import { jsonError, jsonOk } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const db = getDb();
  const query = parseBacktestQuery(request.nextUrl.searchParams, getHealthSettings(db));
  if (!query.ok) return jsonError(400, query.message, { param: query.param });
  const body = getHealthBacktest(db, query.value);
  if (!body) return jsonError(404, "There is no data yet: import customers and subscriptions first (/import).");
  return jsonOk(body);
}
