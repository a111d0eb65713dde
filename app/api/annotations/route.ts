import { getDb } from "@/db";
import { saveAnnotation } from "@/db/queries/plan-edits";
import { annotationInputSchema } from "@/lib/domain/plan-inputs";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** Adds an annotation: JSON {date, label, segment (null = every segment)}; the same date and label updates it. */
export const POST = route({ auth: "admin", action: "settings", body: annotationInputSchema, summary: "Add an annotation" }, ({ body }) => {
  saveAnnotation(getDb(), body);
  return jsonOk(body, 201);
});
