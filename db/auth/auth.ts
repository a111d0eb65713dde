import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getDb } from "@/db";
import { migrateDatabase } from "@/db/connection";
import { authAccounts, authSessions, authUsers, authVerifications } from "@/db/schema";
import { authSecret } from "./secret";

export const SESSION_COOKIE = "keel.session_token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

function createAuth(secure: boolean) {
  const db = getDb();
  // A server started before the auth migration existed (e.g. a long-running dev server) catches up here.
  migrateDatabase(db);
  return betterAuth({
    appName: "Keel",
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    basePath: "/api/auth",
    // Without BETTER_AUTH_URL, Next may hand better-auth a URL with another host name (localhost for 127.0.0.1);
    // the Host header is what proxy.ts compared the Origin with, so trust exactly that.
    trustedOrigins: async (request) => {
      const host = request?.headers.get("host");
      if (!host) return [];
      return publicUrlIsHttps() ? [`https://${host}`] : [`http://${host}`, `https://${host}`];
    },
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: authUsers, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, window: 60, max: 100, customRules: { "/sign-in/email": { window: 300, max: 10 } } },
    advanced: { useSecureCookies: secure, cookiePrefix: "keel" },
    telemetry: { enabled: false },
  });
}

export type KeelAuth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { keelAuth?: Partial<Record<"secure" | "plain", KeelAuth>> };

/** Two instances that differ only in the cookie's `secure` flag (and its `__Secure-` name). */
export function getAuth(secure: boolean): KeelAuth {
  const cache = (globalForAuth.keelAuth ??= {});
  const key = secure ? "secure" : "plain";
  return (cache[key] ??= createAuth(secure));
}

/** HTTPS when BETTER_AUTH_URL says so, else when the request (or the TLS proxy in front, per x-forwarded-proto) did. */
export function isSecureRequest(headers: Headers, url?: string): boolean {
  const configured = process.env.BETTER_AUTH_URL;
  if (configured) return configured.startsWith("https://");
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return !!url && url.startsWith("https://");
}

const publicUrlIsHttps = () => !!process.env.BETTER_AUTH_URL?.trim().startsWith("https://");

/**
 * Reading picks the instance whose cookie the browser sent; browsers only keep `__Secure-` cookies set over HTTPS.
 * Behind an https public URL only the `__Secure-` name counts: a plain-named cookie could have been planted over http.
 */
export function authForCookies(headers: Headers): KeelAuth {
  if (publicUrlIsHttps()) return getAuth(true);
  const cookie = headers.get("cookie") ?? "";
  return getAuth(cookie.includes(`${SECURE_SESSION_COOKIE}=`));
}
