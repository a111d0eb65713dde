import { getDb } from "@/db";
import { getHealthBacktest } from "@/db/queries/health-backtest";
import { getHealthSettings } from "@/db/queries/settings";
import { parseBacktestQuery } from "@/lib/api/backtest-query";
import { badParameter, jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  { auth: "user", summary: "How well the health score foretold churn, month by month of history" },
  ({ request }) => {
    const db = getDb();
    const query = parseBacktestQuery(request.nextUrl.searchParams, getHealthSettings(db));
    if (!query.ok) throw badParameter(query.param, query.message);
    const body = getHealthBacktest(db, query.value);
    if (!body) throw noDataYet();
    return jsonOk(body);
  },
);
