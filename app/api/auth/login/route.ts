import { z } from "zod";
import { getAuth, isSecureRequest } from "@/db/auth/auth";
import { allowLoginAttempt, clearLoginAttempts, LOGIN_RETRY_AFTER_SECONDS } from "@/db/auth/login-limits";
import { jsonError, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const GENERIC = "Email or password is incorrect.";
const ASK = "Send JSON with an email and a password.";
const credentials = z.object(
  {
    email: z.string({ message: ASK }).trim().toLowerCase().min(1, { message: ASK }).max(320),
    password: z.string({ message: ASK }).min(1, { message: ASK }).max(256),
  },
  { message: ASK },
);

/** JSON `{email, password}` → the session cookie and `{user: {email, name, role}}`. */
export const POST = route({ auth: "public", body: credentials, summary: "Sign in: sets the session cookie" }, async ({ request, body }) => {
  const { email, password } = body;
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
  const signedIn = (await answer.json().catch(() => null)) as { user?: { email: string; name: string; role?: string } } | null;
  if (!signedIn?.user) return jsonError(401, GENERIC);
  clearLoginAttempts(request.headers, email);
  const res = jsonOk({ user: { email: signedIn.user.email, name: signedIn.user.name, role: signedIn.user.role ?? "viewer" } });
  for (const cookie of answer.headers.getSetCookie()) res.headers.append("set-cookie", cookie);
  return res;
});
