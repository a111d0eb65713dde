import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import type { NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db";
import { dataDir } from "@/db/connection";
import { listImports } from "@/db/imports/list-imports";
import { importInWorker, WriteConflict } from "@/db/imports/run-in-worker";
import { queueWrite } from "@/db/imports/write-queue";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { securityHeaders } from "@/lib/auth/security-headers";
import { ENVELOPE_BYTES, SEND_MULTIPART, tooLarge } from "./multipart";
import { importUpload, maxUploadBytes } from "./upload";
import { requireAdmin, requireUser } from "@/db/auth/guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const CODES: Record<number, string> = { 400: "bad_parameter", 409: "conflict", 413: "too_large", 422: "invalid_rows" };

// proxy.ts leaves this path alone so the upload streams (its body buffering would hold the whole
// file and cut it at 10 MB); the handlers here authenticate and send the same headers themselves.
function secured(response: NextResponse | Response): Response {
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

/** The body may be left unread: close the connection after the answer instead of draining it. */
function refusal(status: number, error: string): Response {
  const response = jsonError(status, error, { code: CODES[status] });
  response.headers.set("connection", "close");
  return secured(response);
}

export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return secured(user);
  return secured(jsonOk({ imports: listImports(getDb()) }));
}

export async function POST(request: NextRequest) {
  const user = await requireAdmin(request, "import");
  if (user instanceof Response) return secured(user);
  const maxBytes = maxUploadBytes();
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > maxBytes + ENVELOPE_BYTES) return refusal(413, tooLarge(maxBytes).error);
  if (!request.body) return refusal(400, SEND_MULTIPART);
  const dbFile = path.join(dataDir(), "keel.db");
  getDb(); // migrated before the worker opens its own connection
  try {
    const outcome = await importUpload({
      body: Readable.fromWeb(request.body as NodeWebStream<Uint8Array>),
      contentType: request.headers.get("content-type"),
      userEmail: user.email,
      dbFile,
      run: (job) => queueWrite(() => importInWorker(job)),
    });
    if (outcome.ok) return secured(jsonOk(outcome.result));
    if ("refused" in outcome) return refusal(outcome.status, outcome.error);
    const details = outcome.status === 422 ? { errors: outcome.errors, error_count: outcome.error_count } : {};
    return secured(jsonError(outcome.status, outcome.error, { code: CODES[outcome.status], ...details }));
  } catch (error) {
    if (error instanceof WriteConflict) return secured(jsonError(409, error.message, { code: "conflict" }));
    throw error;
  }
}
