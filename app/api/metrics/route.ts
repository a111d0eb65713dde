import { getMetrics } from "@/db/queries/metrics";
import { metricsRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = metricsRoute(getMetrics, "Every number the dashboards show, for a period and filters");
