import { createRateLimiter } from "@/lib/auth/rate-limit";

const WINDOW_MS = 5 * 60_000;
const globalForLimits = globalThis as unknown as {
  keelLoginLimits?: { perClient: ReturnType<typeof createRateLimiter>; perEmail: ReturnType<typeof createRateLimiter> };
};

// x-forwarded-for is only as honest as what sits in front of Keel, so each email also has its own, looser cap.
const limits = (globalForLimits.keelLoginLimits ??= {
  perClient: createRateLimiter(10, WINDOW_MS),
  perEmail: createRateLimiter(30, WINDOW_MS),
});

export const LOGIN_RETRY_AFTER_SECONDS = WINDOW_MS / 1000;

function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Counts a sign-in attempt; false when this client (IP and email) or this email is over its limit. */
export function allowLoginAttempt(headers: Headers, email: string): boolean {
  const perClient = limits.perClient.hit(`${clientIp(headers)}|${email}`);
  const perEmail = limits.perEmail.hit(email);
  return perClient && perEmail;
}

export function clearLoginAttempts(headers: Headers, email: string): void {
  limits.perClient.reset(`${clientIp(headers)}|${email}`);
}
