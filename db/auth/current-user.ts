import { isRole, type Role } from "@/lib/auth/roles";
import { authForCookies } from "./auth";
import { userForApiToken } from "./tokens";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
}

/** The signed-in user from a Bearer token or the session cookie; a bad Authorization header never falls back to the cookie. */
export async function resolveUser(headers: Headers): Promise<CurrentUser | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const user = match ? userForApiToken(match[1]) : null;
    return user && isRole(user.role) ? { ...user, role: user.role, via: "token" } : null;
  }
  if (!headers.get("cookie")) return null;
  const session = await authForCookies(headers)
    .api.getSession({ headers, query: { disableRefresh: true } })
    .catch(() => null);
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return isRole(role) ? { id, email, name, role, via: "session" } : null;
}
