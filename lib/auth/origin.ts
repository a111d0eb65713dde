/** CSRF defence for cookie-authenticated requests: a state-changing request must come from our own origin. */
export interface RequestLike {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The hosts this server answers as: the Host header (or the URL's host) and BETTER_AUTH_URL's. */
function expectedHosts(request: RequestLike, publicUrl = process.env.BETTER_AUTH_URL): string[] {
  const hosts = [request.headers.get("host")?.toLowerCase() ?? hostOf(request.url)];
  if (publicUrl) hosts.push(hostOf(publicUrl));
  return hosts.filter((h): h is string => !!h);
}

/** The origin the browser declared (Origin, else Referer); null when it sent neither. */
function declaredHost(request: RequestLike): string | null | "invalid" {
  const origin = request.headers.get("origin");
  if (origin) return hostOf(origin) ?? "invalid";
  const referer = request.headers.get("referer");
  if (referer) return hostOf(referer) ?? "invalid";
  return null;
}

function declaredUrl(request: RequestLike): string | null {
  return request.headers.get("origin") || request.headers.get("referer");
}

/** True when the request carries an Origin or Referer whose host is this server's (and, behind https, whose scheme is https). */
export function isSameOrigin(request: RequestLike, publicUrl = process.env.BETTER_AUTH_URL): boolean {
  const declared = declaredHost(request);
  if (declared === null || declared === "invalid") return false;
  if (publicUrl?.startsWith("https://") && !declaredUrl(request)?.toLowerCase().startsWith("https://")) return false;
  return expectedHosts(request, publicUrl).includes(declared);
}

/**
 * A cookie-authenticated write is refused when the browser declares another origin. Browsers send
 * Origin on every cross-site POST (and SameSite=Lax keeps the cookie off cross-site requests
 * anyway); a request that declares no origin at all comes from a script or tool, not a page an
 * attacker controls, so API clients that sign in with POST /api/auth/login keep working.
 */
export function isForeignOrigin(request: RequestLike, publicUrl = process.env.BETTER_AUTH_URL): boolean {
  const declared = declaredHost(request);
  if (declared === null) return false;
  return !isSameOrigin(request, publicUrl);
}

/** Where to go after signing in: only a same-origin path, never `//evil` or `/\evil`. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\\]/.test(next)) return "/";
  try {
    const resolved = new URL(next, "http://keel.invalid");
    if (resolved.origin !== "http://keel.invalid") return "/";
    if (resolved.pathname.startsWith("/sign-in")) return "/";
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return "/";
  }
}
