import { revokeApiToken } from "@/db/auth/tokens";
import { jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const DELETE = route({ auth: "admin", action: "tokens", summary: "Revoke an API token" }, ({ params: { id } }) => {
  if (!/^\d+$/.test(id) || !revokeApiToken(Number(id))) throw notFound("There is no such token.");
  return jsonOk({ id: Number(id), revoked: true });
});
