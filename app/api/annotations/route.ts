import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { requireAdmin } from "@/db/auth/guard";
import { saveAnnotation } from "@/db/queries/plan-edits";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { annotationInputSchema, firstIssue } from "@/lib/domain/plan-inputs";

export const dynamic = "force-dynamic";

/** Adds an annotation: JSON {date, label, segment (null = every segment)}; the same date and label updates it. */
export async function POST(request: NextRequest) {
  const user = await requireAdmin(request, "settings");
  if (user instanceof Response) return user;
  const body = await request.json().catch(() => undefined);
  if (body === undefined) return jsonError(400, "The body must be JSON: {date, label, segment}.");
  const parsed = annotationInputSchema.safeParse(body);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return jsonError(400, message, { param: field });
  }
  saveAnnotation(getDb(), parsed.data);
  return jsonOk(parsed.data, 201);
}
