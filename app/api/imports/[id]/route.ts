import path from "node:path";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { dataDir } from "@/db/connection";
import { undoInWorker, WriteConflict } from "@/db/imports/run-in-worker";
import { queueWrite } from "@/db/imports/write-queue";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireAdmin } from "@/db/auth/guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Undo: restores the rows the import replaced and removes the rows it inserted (in the import worker, after any import being written). */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdmin(request, "undo");
  if (user instanceof Response) return user;
  const { id } = await params;
  if (!/^\d+$/.test(id)) return jsonError(404, `Import '${id}' does not exist.`);
  getDb(); // migrated before the worker opens its own connection
  try {
    const outcome = await queueWrite(() => undoInWorker(path.join(dataDir(), "keel.db"), Number(id)));
    if (!outcome.ok) return jsonError(outcome.status, outcome.error);
    return jsonOk(outcome.import);
  } catch (error) {
    if (error instanceof WriteConflict) return jsonError(409, error.message, { code: "conflict" });
    throw error;
  }
}
