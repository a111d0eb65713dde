/** The header the server sets from the TCP peer's address (db/auth/socket-address.ts), overwriting whatever the client sent. */
export const SOCKET_ADDRESS_HEADER = "x-keel-socket-address";

/**
 * How many proxies in front of Keel append to X-Forwarded-For: KEEL_TRUST_PROXY `on`/`true` = 1,
 * a number = that many, unset/`off` = none (the header is then whatever the client made up).
 */
export function trustedProxyHops(setting = process.env.KEEL_TRUST_PROXY): number {
  const value = setting?.trim().toLowerCase() ?? "";
  if (value === "" || value === "off" || value === "false" || value === "0" || value === "no") return 0;
  if (value === "on" || value === "true" || value === "yes") return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** The address of the client: the socket's, or with trusted proxies the entry the nearest trusted proxy wrote. */
export function clientAddress(headers: { get(name: string): string | null }, hops = trustedProxyHops()): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (hops > 0 && forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - hops)];
  return headers.get(SOCKET_ADDRESS_HEADER)?.trim() || forwarded.at(-1) || "unknown";
}
