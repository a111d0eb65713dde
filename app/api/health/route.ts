import { getDb } from "@/db";
import { getDataVersion } from "@/db/data-version";
import { jsonOk } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Liveness for process managers and the test harness; opening the database proves it is migrated. */
export function GET() {
  return jsonOk({ status: "ok", data_version: getDataVersion(getDb()) });
}
