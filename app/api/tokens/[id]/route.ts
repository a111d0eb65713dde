import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireAdmin } from "@/db/auth/guard";
import { revokeApiToken } from "@/db/auth/tokens";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdmin(request, "tokens");
  if (user instanceof Response) return user;
  const { id } = await params;
  if (!/^\d+$/.test(id) || !revokeApiToken(Number(id))) return jsonError(404, "There is no such token.");
  return jsonOk({ id: Number(id), revoked: true });
}
