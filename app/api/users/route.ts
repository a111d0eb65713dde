import { z } from "zod";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { ROLES } from "@/lib/auth/roles";
import { requireAdmin } from "@/db/auth/guard";
import { createUser, generatePassword, listUsers } from "@/db/auth/users";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const newUser = z.object({
  email: z.email().trim().toLowerCase().max(320),
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  password: z.string().min(8).max(256).optional(),
});

export async function GET(request: Request) {
  const user = await requireAdmin(request, "users");
  if (user instanceof Response) return user;
  return jsonOk({ users: listUsers() });
}

/** Without a password Keel generates one and answers it once. */
export async function POST(request: Request) {
  const user = await requireAdmin(request, "users");
  if (user instanceof Response) return user;
  const parsed = newUser.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    return jsonError(400, `${field}: ${issue?.message ?? "invalid"}`, { param: field });
  }
  const generated = parsed.data.password ? null : generatePassword();
  const password = parsed.data.password ?? (generated as string);
  const outcome = await createUser({ ...parsed.data, password });
  if (!outcome.ok) return jsonError(outcome.status, outcome.error);
  return jsonOk({ user: { id: outcome.id, email: parsed.data.email, name: parsed.data.name, role: parsed.data.role }, generated_password: generated }, 201);
}
