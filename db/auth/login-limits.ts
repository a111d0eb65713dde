import { clientAddress } from "@/lib/auth/client-address";
import { createRateLimiter } from "@/lib/auth/rate-limit";

const WINDOW_MS = 5 * 60_000;
/** Failed passwords for one email from one client, and from one client over all emails, before it must wait. */
const MAX_FAILURES_PER_CLIENT_AND_EMAIL = 10;
const MAX_FAILURES_PER_CLIENT = 50;
/** Failures for one email from all clients together after which every attempt on it is slowed, never refused. */
const SLOW_DOWN_AFTER_ACCOUNT_FAILURES = 30;
export const SLOW_DOWN_MS = 1000;

type Limiter = ReturnType<typeof createRateLimiter>;
const globalForLimits = globalThis as unknown as { keelLoginFailures?: { clientEmail: Limiter; client: Limiter; email: Limiter } };

// Only failures count, and a client is only ever stopped by its own failures: nobody can lock another client out.
const failures = (globalForLimits.keelLoginFailures ??= {
  clientEmail: createRateLimiter(MAX_FAILURES_PER_CLIENT_AND_EMAIL, WINDOW_MS),
  client: createRateLimiter(MAX_FAILURES_PER_CLIENT, WINDOW_MS),
  email: createRateLimiter(Number.MAX_SAFE_INTEGER, WINDOW_MS),
});

export const LOGIN_RETRY_AFTER_SECONDS = WINDOW_MS / 1000;

export interface LoginVerdict {
  allowed: boolean;
  /** Wait this long before checking the password (an account under a spread-out attack). */
  delayMs: number;
}

export function loginVerdict(headers: Headers, email: string, now = Date.now()): LoginVerdict {
  const client = clientAddress(headers);
  const allowed =
    failures.clientEmail.count(`${client}|${email}`, now) < MAX_FAILURES_PER_CLIENT_AND_EMAIL &&
    failures.client.count(client, now) < MAX_FAILURES_PER_CLIENT;
  const delayMs = failures.email.count(email, now) >= SLOW_DOWN_AFTER_ACCOUNT_FAILURES ? SLOW_DOWN_MS : 0;
  return { allowed, delayMs };
}

export function recordLoginFailure(headers: Headers, email: string, now = Date.now()): void {
  const client = clientAddress(headers);
  failures.clientEmail.hit(`${client}|${email}`, now);
  failures.client.hit(client, now);
  failures.email.hit(email, now);
}

export function clearLoginFailures(headers: Headers, email: string): void {
  failures.clientEmail.reset(`${clientAddress(headers)}|${email}`);
}
