import { getDb } from "@/db";
import { getDataVersion } from "@/db/data-version";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** Liveness for process managers and the test harness; opening the database proves it is migrated. */
export const GET = route({ auth: "user", summary: "Liveness and the current data version" }, () =>
  jsonOk({ status: "ok", data_version: getDataVersion(getDb()) }),
);
