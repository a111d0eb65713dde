import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { getDb } from "@/db";
import { dataDir } from "@/db/connection";
import { countImports, listImports } from "@/db/imports/list-imports";
import { importInWorker, WriteConflict } from "@/db/imports/run-in-worker";
import { queueWrite } from "@/db/imports/write-queue";
import { securityHeaders } from "@/lib/auth/security-headers";
import { jsonError, jsonOk } from "@/app/api/_http/respond";
import { route, type RouteHandler } from "@/app/api/_http/route";
import { pageQuerySchema } from "@/app/api/_http/paging";
import { ENVELOPE_BYTES, SEND_MULTIPART, tooLarge } from "./multipart";
import { importUpload, maxUploadBytes } from "./upload";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// proxy.ts leaves this path alone so the upload streams (its body buffering would hold the whole
// file and cut it at 10 MB); the handlers here authenticate and send the same headers themselves.
function secured(handler: RouteHandler): RouteHandler {
  const wrapped = async (...args: Parameters<RouteHandler>) => {
    const response = await handler(...args);
    for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
    return response;
  };
  return Object.assign(wrapped, { options: handler.options });
}

/** The body may be left unread: close the connection after the answer instead of draining it. */
function refusal(status: number, error: string): Response {
  const response = jsonError(status, error, status === 400 ? { param: /\bkind\b/.test(error) ? "kind" : "file" } : {});
  response.headers.set("connection", "close");
  return response;
}

export const GET = secured(
  route({ auth: "user", query: pageQuerySchema, summary: "Imports, newest first, paged" }, ({ query }) => {
    const db = getDb();
    return jsonOk({ imports: listImports(db, query), page: query.page, page_size: query.pageSize, total: countImports(db) });
  }),
);

export const POST = secured(
  route(
    { auth: "admin", action: "import", summary: "Import a CSV file (multipart: kind, file, optional preset and mapping)" },
    async ({ request, user }) => {
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
        if (outcome.ok) return jsonOk(outcome.result);
        if ("refused" in outcome) return refusal(outcome.status, outcome.error);
        const details = outcome.status === 422 ? { errors: outcome.errors, error_count: outcome.error_count } : {};
        return jsonError(outcome.status, outcome.error, details);
      } catch (error) {
        if (error instanceof WriteConflict) return jsonError(409, error.message);
        throw error;
      }
    },
  ),
);
