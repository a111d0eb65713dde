import { getDb } from "@/db";
import { countImports, listImports } from "@/db/imports/list-imports";
import { jsonError, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";
import { pageQuerySchema } from "@/app/api/_http/paging";
import { multipartBoundary } from "./multipart";
import { importUpload, maxUploadBytes, tooLarge } from "./upload";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Room for the multipart envelope and the kind field around the file itself.
const ENVELOPE_BYTES = 64 * 1024;

export const GET = route({ auth: "user", query: pageQuerySchema, summary: "Imports, newest first, paged" }, ({ query }) => {
  const db = getDb();
  return jsonOk({ imports: listImports(db, query), page: query.page, page_size: query.pageSize, total: countImports(db) });
});

export const POST = route({ auth: "admin", action: "import", summary: "Import a CSV file (multipart: kind, file)" }, async ({ request, user }) => {
  const maxBytes = maxUploadBytes();
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > maxBytes + ENVELOPE_BYTES) return jsonError(413, tooLarge(maxBytes));
  const boundary = multipartBoundary(request.headers.get("content-type"));
  if (!boundary || !request.body) return jsonError(400, "Send multipart/form-data with the fields kind and file.", { param: "body" });
  const outcome = await importUpload(getDb(), request.body as unknown as AsyncIterable<Uint8Array>, boundary, user.email);
  if (outcome.ok) return jsonOk(outcome.result);
  if (outcome.status === 422) return jsonError(422, outcome.error, { errors: outcome.errors, error_count: outcome.error_count });
  return jsonError(outcome.status, outcome.error, outcome.status === 400 ? { param: /\bkind\b/.test(outcome.error) ? "kind" : "file" } : {});
});
