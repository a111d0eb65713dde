import { getDb } from "@/db";
import { findMapping } from "@/db/imports/column-mappings";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";
import { badParameter, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The column mapping last used with a header: `?column=<header cell>` once per cell, optional `kind`. */
export const GET = route({ auth: "user", summary: "The column mapping remembered for a file header" }, ({ request }) => {
  const params = request.nextUrl.searchParams;
  const header = params.getAll("column");
  if (header.length === 0) throw badParameter("column", "Send the file's header as one column=<header cell> parameter per cell.");
  const kindText = params.get("kind");
  const kind = (DATA_KINDS as readonly string[]).includes(kindText ?? "") ? (kindText as DataKind) : null;
  if (kindText && !kind) throw badParameter("kind", `Unknown kind '${kindText}'.`);
  return jsonOk({ mapping: findMapping(getDb(), header, kind) });
});
