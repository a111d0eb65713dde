import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { removeUser, setUserRole } from "@/db/auth/users";
import { jsonError, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const change = z.object({ role: z.enum(ROLES, { message: "role: must be admin or viewer" }) });

export const PATCH = route(
  { auth: "admin", action: "users", body: change, summary: "Change a user's role" },
  ({ params: { id }, body }) => {
    const outcome = setUserRole(id, body.role);
    return outcome.ok ? jsonOk({ id, role: body.role }) : jsonError(outcome.status, outcome.error);
  },
);

export const DELETE = route({ auth: "admin", action: "users", summary: "Remove a user" }, ({ params: { id } }) => {
  const outcome = removeUser(id);
  return outcome.ok ? jsonOk({ id, removed: true }) : jsonError(outcome.status, outcome.error);
});
