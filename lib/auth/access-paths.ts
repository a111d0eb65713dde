/** Paths anyone may fetch: the sign-in page, the auth endpoints and static assets. Everything else needs a user. */
export function isPublicPath(pathname: string): boolean {
  if (pathname === "/sign-in" || pathname.startsWith("/api/auth/")) return true;
  return isStaticAsset(pathname);
}

export function isStaticAsset(pathname: string): boolean {
  return (
    pathname.startsWith("/_next/static/") ||
    pathname.startsWith("/_next/image") ||
    pathname === "/icon.svg" ||
    pathname === "/favicon.ico" ||
    /^\/screenshot-[\w-]+\.png$/.test(pathname) ||
    /^\/fonts\/[\w.-]+\.(woff2?|ttf|otf)$/.test(pathname)
  );
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
