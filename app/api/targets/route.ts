import { getDb } from "@/db";
import { deleteTarget, listTargets, saveTarget } from "@/db/queries/plan-edits";
import { targetInputSchema, targetKeySchema } from "@/lib/domain/plan-inputs";
import { jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** Every plan figure, for the Settings page and scripts. */
export const GET = route({ auth: "user", summary: "Plan figures (targets)" }, () => jsonOk({ targets: listTargets(getDb()) }));

/** Sets one plan figure: JSON {month, metric, segment (null = company), value}. */
export const PUT = route({ auth: "admin", action: "settings", body: targetInputSchema, summary: "Set a plan figure" }, ({ body }) => {
  saveTarget(getDb(), body);
  return jsonOk(body);
});

/** Removes one plan figure named by month, metric and segment (query parameters). */
export const DELETE = route({ auth: "admin", action: "settings", query: targetKeySchema, summary: "Remove a plan figure" }, ({ query }) => {
  if (!deleteTarget(getDb(), query)) throw notFound("No plan figure for that month, metric and segment.");
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
