import { DEMO_URL, E2E_ADMIN } from "../playwright.config";
import { expect, test } from "./fixtures";
import { signIn } from "./support/raw-http";

test("50 wrong passwords from one client limit that client, not the admin's sign-in from another", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 50; i++) {
    const res = await signIn(DEMO_URL, E2E_ADMIN.email, `wrong-${i}`, "127.0.0.9");
    statuses.push(res.status);
    expect((res.json() as { code: string }).code).toBe(res.status === 401 ? "unauthorized" : "rate_limited");
  }
  expect(statuses.filter((s) => s === 401)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(40);
  const attackerRight = await signIn(DEMO_URL, E2E_ADMIN.email, E2E_ADMIN.password, "127.0.0.9");
  expect(attackerRight.status).toBe(429);
  expect(attackerRight.headers["retry-after"]).toBe("300");

  const other = await signIn(DEMO_URL, E2E_ADMIN.email, E2E_ADMIN.password, "127.0.0.10");
  expect(other.status, other.text).toBe(200);
});

test("a client cannot spend another's sign-in budget by claiming its address in X-Forwarded-For", async () => {
  for (let i = 0; i < 15; i++) await signIn(DEMO_URL, E2E_ADMIN.email, `wrong-${i}`, "127.0.0.11", { "x-forwarded-for": "127.0.0.12" });
  const victim = await signIn(DEMO_URL, E2E_ADMIN.email, E2E_ADMIN.password, "127.0.0.12");
  expect(victim.status, victim.text).toBe(200);
});
