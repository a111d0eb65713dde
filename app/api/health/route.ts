import { getDb } from "@/db";
import { getDataVersion } from "@/db/data-version";
import { jsonOk } from "@/lib/api/respond";
import { requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

/** Liveness for process managers and the test harness; opening the database proves it is migrated. */
export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  return jsonOk({ status: "ok", data_version: getDataVersion(getDb()) });
}
