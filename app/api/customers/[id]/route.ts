import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCustomerDetail } from "@/db/queries/customers";
import { parseMetricsQuery } from "@/lib/api/metrics-query";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

/** `to` (YYYY-MM) sets the month health and status are taken at; default the latest month with data. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const { id } = await params;
  const query = parseMetricsQuery(request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.message, { param: query.param });
  const detail = getCustomerDetail(getDb(), id, query.value.to ?? undefined);
  if (!detail) return jsonError(404, `No customer with id ${id}.`, { customer_id: id });
  return jsonOk(detail);
}
