/** Sent with every response (proxy.ts). Next's inline bootstrap scripts need 'unsafe-inline' without nonces. */
export function securityHeaders(
  dev = process.env.NODE_ENV === "development",
  publicUrl = process.env.BETTER_AUTH_URL,
): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  // Browsers only honour HSTS over https; it is sent when the public URL says Keel is reached that way.
  const hsts: Record<string, string> = publicUrl?.trim().startsWith("https://") ? { "Strict-Transport-Security": "max-age=31536000" } : {};
  return {
    ...hsts,
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  };
}
