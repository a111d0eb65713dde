import { resolveUser, type CurrentUser } from "@/db/auth/current-user";
import { isForeignOrigin, isStateChanging } from "@/lib/auth/origin";
import { canPerform, type Action } from "@/lib/auth/roles";
import { adminsOnly, foreignOrigin, unauthorized } from "./respond";

/** Route handlers check even though proxy.ts did first, so a matcher mistake cannot open data. Throws HttpError. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await resolveUser(request.headers);
  if (!user) throw unauthorized();
  if (user.via === "session" && isStateChanging(request.method) && isForeignOrigin(request)) throw foreignOrigin();
  return user;
}

/** A signed-in user allowed to perform `action` (every admin-only action by default). */
export async function requireAdmin(request: Request, action: Action = "settings"): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!canPerform(user.role, action)) throw adminsOnly();
  return user;
}
