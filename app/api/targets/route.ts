import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { requireAdmin, requireUser } from "@/db/auth/guard";
import { deleteTarget, listTargets, saveTarget } from "@/db/queries/plan-edits";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { firstIssue, targetInputSchema, targetKeySchema } from "@/lib/domain/plan-inputs";

export const dynamic = "force-dynamic";

/** Every plan figure, for the Settings page and scripts. */
export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  return jsonOk({ targets: listTargets(getDb()) });
}

/** Sets one plan figure: JSON {month, metric, segment (null = company), value}. */
export async function PUT(request: NextRequest) {
  const user = await requireAdmin(request, "settings");
  if (user instanceof Response) return user;
  const body = await request.json().catch(() => undefined);
  if (body === undefined) return jsonError(400, "The body must be JSON: {month, metric, segment, value}.");
  const parsed = targetInputSchema.safeParse(body);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return jsonError(400, message, { param: field });
  }
  saveTarget(getDb(), parsed.data);
  return jsonOk(parsed.data);
}

/** Removes one plan figure named by month, metric and segment (query parameters). */
export async function DELETE(request: NextRequest) {
  const user = await requireAdmin(request, "settings");
  if (user instanceof Response) return user;
  const q = request.nextUrl.searchParams;
  const parsed = targetKeySchema.safeParse({ month: q.get("month") ?? "", metric: q.get("metric") ?? "", segment: q.get("segment") });
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return jsonError(400, message, { param: field });
  }
  if (!deleteTarget(getDb(), parsed.data)) return jsonError(404, "No plan figure for that month, metric and segment.");
  return new Response(null, { status: 204 });
}
