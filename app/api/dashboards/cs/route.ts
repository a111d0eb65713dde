import { getCsDashboard } from "@/db/queries/cs";
import { metricsRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = metricsRoute(getCsDashboard, "The Customer Success dashboard, for a period and filters");
