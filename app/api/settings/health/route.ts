import { getDb } from "@/db";
import { getHealthSettings, saveHealthSettings } from "@/db/queries/settings";
import { healthSettingsSchema } from "@/lib/domain/health-settings";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "user", summary: "The health score's weights and thresholds" }, () => jsonOk(getHealthSettings(getDb())));

export const PUT = route(
  { auth: "admin", action: "settings", body: healthSettingsSchema, summary: "Change the health score's weights and thresholds" },
  ({ body }) => {
    // No data-version bump: health scores are cached per settings value, so the new weights apply at once.
    saveHealthSettings(getDb(), body);
    return jsonOk(body);
  },
);
