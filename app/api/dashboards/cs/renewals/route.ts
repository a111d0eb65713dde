import { getDb } from "@/db";
import { getCsRenewals } from "@/db/queries/cs";
import { csListQuerySchema } from "@/lib/api/cs-list-query";
import { jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    auth: "user",
    query: csListQuerySchema,
    summary:
      "The CS dashboard's renewals in the 90 days after a period, soonest first, for its filters: offset and limit (at most 200) page them",
  },
  ({ query }) => {
    const body = getCsRenewals(getDb(), query);
    if (!body) throw noDataYet();
    return jsonOk(body);
  },
);
