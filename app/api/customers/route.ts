import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCustomerList } from "@/db/queries/customers";
import { parseCustomersQuery } from "@/lib/api/customers-query";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireUser } from "@/db/auth/guard";
import { customerListCsv, customerListFileName } from "@/lib/export/customer-list-csv";

export const dynamic = "force-dynamic";

/** `format=csv` (or `Accept: text/csv`) answers every matching customer, all pages, as a CSV file named after the filters. */
function wantsCsv(request: NextRequest): boolean | "bad" {
  const format = request.nextUrl.searchParams.get("format")?.trim().toLowerCase();
  if (format) return format === "csv" ? true : format === "json" ? false : "bad";
  return /\btext\/csv\b/i.test(request.headers.get("accept") ?? "");
}

export async function GET(request: NextRequest) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const csv = wantsCsv(request);
  if (csv === "bad") return jsonError(400, "format must be csv or json.", { param: "format" });
  const query = parseCustomersQuery(request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.message, { param: query.param });
  const value = csv ? { ...query.value, drill: { ...query.value.drill, page: 1, pageSize: Number.MAX_SAFE_INTEGER } } : query.value;
  const list = getCustomerList(getDb(), value);
  if (!list) return jsonError(404, "There is no data yet: import customers and subscriptions first (/import).");
  if (!csv) return jsonOk(list);
  return new Response(customerListCsv(list), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${customerListFileName(list)}"`,
      "cache-control": "no-store",
    },
  });
}
