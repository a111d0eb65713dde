import { z } from "zod";
import { getAuth, isSecureRequest } from "@/db/auth/auth";
import { clearLoginFailures, LOGIN_RETRY_AFTER_SECONDS, loginVerdict, recordLoginFailure } from "@/db/auth/login-limits";
import { storageProblem, type StorageProblem } from "@/db/storage-errors";
import { HttpError, jsonError, jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const GENERIC = "Email or password is incorrect.";
const sessionNotRecorded = (problem: StorageProblem) =>
  `Keel could not record your session: ${problem === "full" ? "the disk that holds its database is full" : "its database is read-only or the disk failed"}. Whoever runs Keel must ${problem === "full" ? "free some space" : "make KEEL_DATA_DIR writable"}; then sign in again.`;
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
  const verdict = loginVerdict(request.headers, email);
  if (!verdict.allowed) {
    const res = jsonError(429, "Too many failed sign-in attempts from this address. Wait 5 minutes and try again.");
    res.headers.set("retry-after", String(LOGIN_RETRY_AFTER_SECONDS));
    return res;
  }
  if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
  const auth = getAuth(isSecureRequest(request.headers, request.url));
  const answer = await auth.api
    .signInEmail({ body: { email, password, rememberMe: true }, headers: request.headers, asResponse: true })
    .catch((error: unknown) => {
      const problem = storageProblem(error);
      if (problem) throw new HttpError(507, sessionNotRecorded(problem), { code: "storage_full" });
      if (error instanceof Error && error.name === "APIError") return null;
      throw error;
    });
  const signedIn = answer?.ok
    ? ((await answer.json().catch(() => null)) as { user?: { email: string; name: string; role?: string } } | null)
    : null;
  if (!answer || !signedIn?.user) {
    recordLoginFailure(request.headers, email);
    return jsonError(401, GENERIC);
  }
  clearLoginFailures(request.headers, email);
  const res = jsonOk({ user: { email: signedIn.user.email, name: signedIn.user.name, role: signedIn.user.role ?? "viewer" } });
  for (const cookie of answer.headers.getSetCookie()) res.headers.append("set-cookie", cookie);
  return res;
});
