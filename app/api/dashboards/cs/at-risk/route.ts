import { getCsAtRisk } from "@/db/queries/cs";
import { csListQuerySchema } from "@/lib/api/cs-list-query";
import { viewRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = viewRoute(
  csListQuerySchema,
  getCsAtRisk,
  "The CS dashboard's at-risk customers at the end of a period, largest ARR first, for its filters: offset and limit (at most 200) page them",
);
