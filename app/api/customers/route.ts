import { getDb } from "@/db";
import { getCustomerList } from "@/db/queries/customers";
import { customersQuerySchema } from "@/lib/api/customers-query";
import { jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "user", query: customersQuerySchema, summary: "The customers behind a drill-down, paged" }, ({ query }) => {
  const list = getCustomerList(getDb(), query);
  if (!list) throw noDataYet();
  return jsonOk(list);
});
