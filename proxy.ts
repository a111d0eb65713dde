import { NextResponse, type NextRequest } from "next/server";
import { isApiPath, isPublicPath, isStaticAsset } from "@/lib/auth/access-paths";
import { isForeignOrigin, isStateChanging } from "@/lib/auth/origin";
import { securityHeaders } from "@/lib/auth/security-headers";
import { resolveUser } from "@/db/auth/current-user";
import { errorResponse } from "@/app/api/_http/errors";
import { foreignOrigin, unauthorized } from "@/app/api/_http/respond";

/** Every request: security headers, the Origin check for cookie-authenticated writes, and a user for anything not public. */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isStaticAsset(pathname)) return withHeaders(NextResponse.next());

  const writes = isStateChanging(request.method);
  if (isPublicPath(pathname)) {
    if (writes && !request.headers.has("authorization") && isForeignOrigin(request)) return forbidden();
    return withHeaders(NextResponse.next());
  }

  let user;
  try {
    user = await resolveUser(request.headers);
  } catch (error) {
    return withHeaders(errorResponse(error, request));
  }
  if (user) {
    if (writes && user.via === "session" && isForeignOrigin(request)) return forbidden();
    return withHeaders(NextResponse.next());
  }
  if (isApiPath(pathname)) {
    return withHeaders(unauthorized().toResponse());
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", pathname + search);
  return withHeaders(NextResponse.redirect(signIn));
}

function forbidden(): NextResponse {
  return withHeaders(foreignOrigin().toResponse());
}

function withHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

// POST /api/imports streams uploads of up to KEEL_MAX_UPLOAD_MB: the proxy would buffer the whole body
// (and cut it at 10 MB), so that one path is left to its handlers, which check the user and Origin
// and send the security headers themselves.
export const config = { matcher: "/((?!api/imports$).*)" };
