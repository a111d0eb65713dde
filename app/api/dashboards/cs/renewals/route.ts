import { getCsRenewals } from "@/db/queries/cs";
import { csListQuerySchema } from "@/lib/api/cs-list-query";
import { viewRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = viewRoute(
  csListQuerySchema,
  getCsRenewals,
  "The CS dashboard's renewals in the 90 days after a period, soonest first, for its filters: offset and limit (at most 200) page them",
);
