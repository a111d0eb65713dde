import { randomBytes } from "node:crypto";
import { storageMessage, storageProblem } from "@/db/storage-errors";
import type { NextResponse } from "next/server";
import { HttpError, jsonError } from "./respond";

/** Any exception as a JSON answer: HttpError as itself, a storage failure as 507, the rest as a 500 the log can find. */
export function errorResponse(error: unknown, request: { method: string; url: string }): NextResponse {
  if (error instanceof HttpError) return error.toResponse();
  const problem = storageProblem(error);
  if (problem) {
    console.error(`[keel] storage failure on ${request.method} ${pathOf(request.url)}: ${(error as Error)?.message ?? error}`);
    return jsonError(507, storageMessage(problem), { code: "storage_full" });
  }
  const errorId = randomBytes(6).toString("hex");
  console.error(`[keel] error ${errorId} on ${request.method} ${pathOf(request.url)}:`, error);
  return jsonError(
    500,
    `Something went wrong on Keel's side. Try again; if it keeps happening, give error ${errorId} to whoever runs Keel (its log has the details).`,
    {
      code: "internal",
      error_id: errorId,
    },
  );
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
