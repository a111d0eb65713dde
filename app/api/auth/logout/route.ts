import { authForCookies, SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/db/auth/auth";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Ends the session in the database and clears the cookie; answers 200 even without a session. */
export const POST = route({ auth: "public", summary: "Sign out" }, async ({ request }) => {
  const answer = await authForCookies(request.headers)
    .api.signOut({ headers: request.headers, asResponse: true })
    .catch(() => null);
  const res = jsonOk({ ok: true });
  const cookies = answer?.headers.getSetCookie() ?? [];
  for (const cookie of cookies) res.headers.append("set-cookie", cookie);
  if (cookies.length === 0) {
    res.cookies.set(SESSION_COOKIE, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax" });
    res.cookies.set(SECURE_SESSION_COOKIE, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: true });
  }
  return res;
});
