/** Hosts a local browser or tool may always use. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function hostName(hostAndPort: string): string {
  const value = hostAndPort.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.split(":")[0];
}

/**
 * The Host names Keel answers to: BETTER_AUTH_URL's and KEEL_ALLOWED_HOSTS' (comma-separated), plus loopback.
 * null (any host) when neither is set, so a fresh install answers on whatever address it is reached by.
 */
export function allowedHosts(publicUrl = process.env.BETTER_AUTH_URL, extra = process.env.KEEL_ALLOWED_HOSTS): Set<string> | null {
  const names = (extra ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean)
    .map((h) => {
      try {
        return h.includes("://") ? new URL(h).hostname : hostName(h);
      } catch {
        return hostName(h);
      }
    });
  if (publicUrl?.trim()) {
    try {
      names.push(new URL(publicUrl).hostname.toLowerCase());
    } catch {
      // an unparseable BETTER_AUTH_URL adds nothing
    }
  }
  if (names.length === 0) return null;
  return new Set([...names, ...LOOPBACK]);
}

/** Against DNS rebinding: a page on another name that resolves to this machine must not reach Keel. */
export function isAllowedHost(host: string | null, allowed = allowedHosts()): boolean {
  if (!allowed) return true;
  return !!host && allowed.has(hostName(host));
}
