import { getDb } from "@/db";
import { getCustomerList } from "@/db/queries/customers";
import { customersQuerySchema } from "@/lib/api/customers-query";
import { customerListCsv, customerListFileName } from "@/lib/export/customer-list-csv";
import { badParameter, jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** `format=csv` (or `Accept: text/csv`) answers every matching customer, all pages, as a CSV file named after the filters. */
function wantsCsv(request: Request, format: string | null): boolean {
  const asked = format?.trim().toLowerCase();
  if (asked) {
    if (asked !== "csv" && asked !== "json") throw badParameter("format", "format must be csv or json.");
    return asked === "csv";
  }
  return /\btext\/csv\b/i.test(request.headers.get("accept") ?? "");
}

export const GET = route(
  { auth: "user", query: customersQuerySchema, summary: "The customers behind a drill-down, paged; format=csv for all of them as CSV" },
  ({ request, query }) => {
    const csv = wantsCsv(request, request.nextUrl.searchParams.get("format"));
    const value = csv ? { ...query, drill: { ...query.drill, page: 1, pageSize: Number.MAX_SAFE_INTEGER } } : query;
    const list = getCustomerList(getDb(), value);
    if (!list) throw noDataYet();
    if (!csv) return jsonOk(list);
    return new Response(customerListCsv(list), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${customerListFileName(list)}"`,
        "cache-control": "no-store",
      },
    });
  },
);
