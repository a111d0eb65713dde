import type { NextResponse } from "next/server";
import { jsonError } from "@/lib/api/respond";
import { isForeignOrigin, isStateChanging } from "@/lib/auth/origin";
import { canPerform, type Action } from "@/lib/auth/roles";
import { resolveUser, type CurrentUser } from "./current-user";

/**
 * Route handlers call these even though proxy.ts checks first, so a matcher mistake cannot open data.
 * Usage: `const user = await requireUser(request); if (user instanceof Response) return user;`
 */
export async function requireUser(request: Request): Promise<CurrentUser | NextResponse> {
  const user = await resolveUser(request.headers);
  if (!user) return jsonError(401, "Sign in first, or send an API token as Authorization: Bearer <token>.");
  if (user.via === "session" && isStateChanging(request.method) && isForeignOrigin(request)) {
    return jsonError(403, "This request did not come from Keel's own pages (Origin check).");
  }
  return user;
}

/** A signed-in user allowed to perform `action` (every admin-only action by default). */
export async function requireAdmin(request: Request, action: Action = "settings"): Promise<CurrentUser | NextResponse> {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  if (!canPerform(user.role, action)) return jsonError(403, "Only admins can do this.");
  return user;
}
