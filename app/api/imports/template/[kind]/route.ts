import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/respond";
import { templateCsv } from "@/lib/import/template";
import { parseKind } from "../../upload";
import { requireUser } from "@/db/auth/guard";

export const runtime = "nodejs";

export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const { kind: raw } = await params;
  const kind = parseKind(raw);
  if (!kind) return jsonError(404, `There is no template for '${raw}'.`);
  return new Response(templateCsv(kind), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="keel-${kind}-template.csv"`,
      "cache-control": "private, max-age=3600",
    },
  });
}
