import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { countUsers, createUser, generatePassword, listUsers } from "@/db/auth/users";
import { pageQuerySchema } from "@/app/api/_http/paging";
import { jsonError, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const newUser = z.object({
  email: z.email().trim().toLowerCase().max(320),
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  password: z.string().min(8).max(256).optional(),
});

export const GET = route({ auth: "admin", action: "users", query: pageQuerySchema, summary: "Users by email, paged" }, ({ query }) =>
  jsonOk({ users: listUsers(query), page: query.page, page_size: query.pageSize, total: countUsers() }),
);

/** Without a password Keel generates one and answers it once. */
export const POST = route({ auth: "admin", action: "users", body: newUser, summary: "Add a user" }, async ({ body }) => {
  const generated = body.password ? null : generatePassword();
  const password = body.password ?? (generated as string);
  const outcome = await createUser({ ...body, password });
  if (!outcome.ok) return jsonError(outcome.status, outcome.error);
  return jsonOk({ user: { id: outcome.id, email: body.email, name: body.name, role: body.role }, generated_password: generated }, 201);
});
