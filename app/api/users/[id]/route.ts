import { z } from "zod";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { ROLES } from "@/lib/auth/roles";
import { requireAdmin } from "@/db/auth/guard";
import { removeUser, setUserRole } from "@/db/auth/users";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const change = z.object({ role: z.enum(ROLES) });

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdmin(request, "users");
  if (user instanceof Response) return user;
  const { id } = await params;
  const parsed = change.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return jsonError(400, "role: must be admin or viewer", { param: "role" });
  const outcome = setUserRole(id, parsed.data.role);
  return outcome.ok ? jsonOk({ id, role: parsed.data.role }) : jsonError(outcome.status, outcome.error);
}

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdmin(request, "users");
  if (user instanceof Response) return user;
  const { id } = await params;
  const outcome = removeUser(id);
  return outcome.ok ? jsonOk({ id, removed: true }) : jsonError(outcome.status, outcome.error);
}
