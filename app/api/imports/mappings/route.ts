import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { requireUser } from "@/db/auth/guard";
import { findMapping } from "@/db/imports/column-mappings";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The column mapping last used with a header: `?column=<header cell>` once per cell, optional `kind`. */
export async function GET(request: NextRequest) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const params = request.nextUrl.searchParams;
  const header = params.getAll("column");
  if (header.length === 0) return jsonError(400, "Send the file's header as one column=<header cell> parameter per cell.", { param: "column" });
  const kindText = params.get("kind");
  const kind = (DATA_KINDS as readonly string[]).includes(kindText ?? "") ? (kindText as DataKind) : null;
  if (kindText && !kind) return jsonError(400, `Unknown kind '${kindText}'.`, { param: "kind" });
  return jsonOk({ mapping: findMapping(getDb(), header, kind) });
}
