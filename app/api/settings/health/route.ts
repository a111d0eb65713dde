import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getHealthSettings, saveHealthSettings } from "@/db/queries/settings";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { healthSettingsSchema } from "@/lib/domain/health-settings";
import { requireAdmin, requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  return jsonOk(getHealthSettings(getDb()));
}

export async function PUT(request: NextRequest) {
  const user = await requireAdmin(request, "settings");
  if (user instanceof Response) return user;
  const body = await request.json().catch(() => undefined);
  if (body === undefined) return jsonError(400, "The body must be JSON.");
  const parsed = healthSettingsSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    return jsonError(400, `${field}: ${issue?.message ?? "invalid"}`, { param: field });
  }
  // No data-version bump: health scores are cached per settings value, so the new weights apply at once.
  saveHealthSettings(getDb(), parsed.data);
  return jsonOk(parsed.data);
}
