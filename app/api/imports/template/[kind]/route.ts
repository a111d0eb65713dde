import { templateCsv } from "@/lib/import/template";
import { parseKind } from "../../upload";
import { notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";

export const GET = route({ auth: "user", summary: "The CSV template of a kind" }, ({ params }) => {
  const kind = parseKind(params.kind);
  if (!kind) throw notFound(`There is no template for '${params.kind}'.`);
  return new Response(templateCsv(kind), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="keel-${kind}-template.csv"`,
      "cache-control": "no-store",
    },
  });
});
