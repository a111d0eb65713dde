import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listImports } from "@/db/imports/list-imports";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { multipartBoundary } from "./multipart";
import { importUpload, maxUploadBytes, tooLarge } from "./upload";
import { requireAdmin, requireUser } from "@/db/auth/guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Room for the multipart envelope and the kind field around the file itself.
const ENVELOPE_BYTES = 64 * 1024;

export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  return jsonOk({ imports: listImports(getDb()) });
}

export async function POST(request: NextRequest) {
  const user = await requireAdmin(request, "import");
  if (user instanceof Response) return user;
  const maxBytes = maxUploadBytes();
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > maxBytes + ENVELOPE_BYTES) return jsonError(413, tooLarge(maxBytes));
  const boundary = multipartBoundary(request.headers.get("content-type"));
  if (!boundary || !request.body) return jsonError(400, "Send multipart/form-data with the fields kind and file.");
  const outcome = await importUpload(getDb(), request.body as unknown as AsyncIterable<Uint8Array>, boundary, user.email);
  if (outcome.ok) return jsonOk(outcome.result);
  if (outcome.status === 422) return jsonError(422, outcome.error, { errors: outcome.errors, error_count: outcome.error_count });
  return jsonError(outcome.status, outcome.error);
}
