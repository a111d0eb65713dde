import path from "node:path";
import { getDb } from "@/db";
import { dataDir } from "@/db/connection";
import { undoInWorker, WriteConflict } from "@/db/imports/run-in-worker";
import { queueWrite } from "@/db/imports/write-queue";
import { jsonError, jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Undo: restores the rows the import replaced and removes the rows it inserted (in the import worker, after any import being written). */
export const DELETE = route({ auth: "admin", action: "undo", summary: "Undo an import" }, async ({ params: { id } }) => {
  if (!/^\d+$/.test(id)) throw notFound(`Import '${id}' does not exist.`);
  getDb(); // migrated before the worker opens its own connection
  try {
    const outcome = await queueWrite(() => undoInWorker(path.join(dataDir(), "keel.db"), Number(id)));
    if (!outcome.ok) return jsonError(outcome.status, outcome.error);
    return jsonOk(outcome.import);
  } catch (error) {
    if (error instanceof WriteConflict) return jsonError(409, error.message);
    throw error;
  }
});
