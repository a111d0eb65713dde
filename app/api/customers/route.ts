import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCustomerList } from "@/db/queries/customers";
import { parseCustomersQuery } from "@/lib/api/customers-query";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const query = parseCustomersQuery(request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.message, { param: query.param });
  const list = getCustomerList(getDb(), query.value);
  if (!list) return jsonError(404, "There is no data yet: import customers and subscriptions first (/import).");
  return jsonOk(list);
}
