import { getDb } from "@/db";
import { undoImport } from "@/db/imports/undo-import";
import { queueWrite } from "@/db/imports/write-queue";
import { jsonError, jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Undo: restores the rows the import replaced and removes the rows it inserted. */
export const DELETE = route({ auth: "admin", action: "undo", summary: "Undo an import" }, async ({ params: { id } }) => {
  if (!/^\d+$/.test(id)) throw notFound(`Import '${id}' does not exist.`);
  const outcome = await queueWrite(() => undoImport(getDb(), Number(id)));
  if (!outcome.ok) return jsonError(outcome.status, outcome.error);
  return jsonOk(outcome.import);
});
