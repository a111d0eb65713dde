import { getExecutive } from "@/db/queries/executive";
import { metricsRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = metricsRoute(getExecutive, "The Executive dashboard, for a period and filters");
