import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedHost } from "./allowed-hosts";

describe("isAllowedHost", () => {
  it("accepts any host when neither BETTER_AUTH_URL nor KEEL_ALLOWED_HOSTS is set", () => {
    expect(isAllowedHost("anything.example:3000", allowedHosts("", ""))).toBe(true);
  });
  it("accepts the public host, the listed hosts and loopback, whatever the port", () => {
    const allowed = allowedHosts("https://keel.example.com", "keel.internal, 10.0.0.5:3000");
    for (const host of [
      "keel.example.com",
      "KEEL.example.com:443",
      "keel.internal:3000",
      "10.0.0.5",
      "localhost:3000",
      "127.0.0.1:3100",
      "[::1]:3000",
    ]) {
      expect(isAllowedHost(host, allowed), host).toBe(true);
    }
  });
  it("refuses any other host, and a missing one", () => {
    const allowed = allowedHosts("https://keel.example.com", undefined);
    for (const host of ["evil.example", "keel.example.com.evil.io", "127.0.0.2:3000", null])
      expect(isAllowedHost(host, allowed), String(host)).toBe(false);
  });
});
