import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER, trustedProxyHops } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For by default", () => {
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "::ffff:10.0.0.7", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("::ffff:10.0.0.7");
  });
  it("with trusted proxies takes the entry the nearest one wrote", () => {
    const h = headers({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(h, 1)).toBe("203.0.113.9");
    expect(clientAddress(h, 2)).toBe("6.6.6.6");
  });
  it("reads KEEL_TRUST_PROXY", () => {
    expect([undefined, "", "off", "false", "0", "x"].map((v) => trustedProxyHops(v))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(["on", "true", "1", "2"].map((v) => trustedProxyHops(v))).toEqual([1, 1, 1, 2]);
  });
});
