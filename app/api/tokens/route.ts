import { z } from "zod";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { requireAdmin } from "@/db/auth/guard";
import { createApiToken, listApiTokens } from "@/db/auth/tokens";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const newToken = z.object({ name: z.string().trim().min(1).max(100) });

export async function GET(request: Request) {
  const user = await requireAdmin(request, "tokens");
  if (user instanceof Response) return user;
  return jsonOk({ tokens: listApiTokens() });
}

/** The token itself is in this answer only; Keel keeps its SHA-256. */
export async function POST(request: Request) {
  const user = await requireAdmin(request, "tokens");
  if (user instanceof Response) return user;
  const parsed = newToken.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return jsonError(400, "name: give the token a name", { param: "name" });
  const { id, token } = createApiToken(user.id, parsed.data.name);
  return jsonOk({ id, name: parsed.data.name, token }, 201);
}
