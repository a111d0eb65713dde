import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { undoImport } from "@/db/imports/undo-import";
import { queueWrite } from "@/db/imports/write-queue";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireAdmin } from "@/db/auth/guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Undo: restores the rows the import replaced and removes the rows it inserted. */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdmin(request, "undo");
  if (user instanceof Response) return user;
  const { id } = await params;
  if (!/^\d+$/.test(id)) return jsonError(404, `Import '${id}' does not exist.`);
  const outcome = await queueWrite(() => undoImport(getDb(), Number(id)));
  if (!outcome.ok) return jsonError(outcome.status, outcome.error);
  return jsonOk(outcome.import);
}
