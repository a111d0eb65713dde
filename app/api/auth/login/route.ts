import { z } from "zod";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { getAuth, isSecureRequest } from "@/db/auth/auth";
import { allowLoginAttempt, clearLoginAttempts, LOGIN_RETRY_AFTER_SECONDS } from "@/db/auth/login-limits";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const GENERIC = "Email or password is incorrect.";
const credentials = z.object({ email: z.string().trim().toLowerCase().min(1).max(320), password: z.string().min(1).max(256) });

/** JSON `{email, password}` → the session cookie and `{user: {email, name, role}}`. */
export async function POST(request: Request) {
  const parsed = credentials.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return jsonError(400, "Send JSON with an email and a password.");
  const { email, password } = parsed.data;
  if (!allowLoginAttempt(request.headers, email)) {
    const res = jsonError(429, "Too many sign-in attempts. Wait a few minutes and try again.");
    res.headers.set("retry-after", String(LOGIN_RETRY_AFTER_SECONDS));
    return res;
  }
  const auth = getAuth(isSecureRequest(request.headers, request.url));
  const answer = await auth.api
    .signInEmail({ body: { email, password, rememberMe: true }, headers: request.headers, asResponse: true })
    .catch(() => null);
  if (!answer || !answer.ok) return jsonError(401, GENERIC);
  const body = (await answer.json().catch(() => null)) as { user?: { email: string; name: string; role?: string } } | null;
  if (!body?.user) return jsonError(401, GENERIC);
  clearLoginAttempts(request.headers, email);
  const res = jsonOk({ user: { email: body.user.email, name: body.user.name, role: body.user.role ?? "viewer" } });
  for (const cookie of answer.headers.getSetCookie()) res.headers.append("set-cookie", cookie);
  res.headers.set("cache-control", "no-store");
  return res;
}
