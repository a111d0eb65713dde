import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { clearLoginFailures, loginVerdict, recordLoginFailure, SLOW_DOWN_MS } from "./login-limits";

const from = (address: string, extra: Record<string, string> = {}) => new Headers({ [SOCKET_ADDRESS_HEADER]: address, ...extra });

describe("sign-in limits", () => {
  it("stop a client after its own failures, never another client with the right password", () => {
    const email = "victim@keel.test";
    const attacker = from("10.0.0.1");
    let refused = 0;
    for (let i = 0; i < 50; i++) {
      if (!loginVerdict(attacker, email).allowed) refused++;
      else recordLoginFailure(attacker, email);
    }
    expect(refused).toBe(40);
    expect(loginVerdict(attacker, email).allowed).toBe(false);
    expect(loginVerdict(from("10.0.0.2"), email)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("ignore X-Forwarded-For unless KEEL_TRUST_PROXY says a proxy writes it", () => {
    const email = "spoofed@keel.test";
    for (let i = 0; i < 10; i++) recordLoginFailure(from("10.0.1.1", { "x-forwarded-for": "10.0.1.2" }), email);
    expect(loginVerdict(from("10.0.1.1"), email).allowed).toBe(false);
    expect(loginVerdict(from("10.0.1.2"), email).allowed).toBe(true);
  });

  it("slow an account attacked from many clients down instead of locking it", () => {
    const email = "spread@keel.test";
    for (let i = 0; i < 30; i++) recordLoginFailure(from(`10.0.2.${i}`), email);
    expect(loginVerdict(from("10.0.3.1"), email)).toEqual({ allowed: true, delayMs: SLOW_DOWN_MS });
  });

  it("forget a client's failures once it signs in", () => {
    const email = "forgetful@keel.test";
    const client = from("10.0.4.1");
    for (let i = 0; i < 10; i++) recordLoginFailure(client, email);
    clearLoginFailures(client, email);
    expect(loginVerdict(client, email).allowed).toBe(true);
  });
});
