import { NextResponse, type NextRequest } from "next/server";
import { isApiPath, isPublicPath, isStaticAsset } from "@/lib/auth/access-paths";
import { isAllowedHost } from "@/lib/auth/allowed-hosts";
import { isForeignOrigin, isStateChanging } from "@/lib/auth/origin";
import { securityHeaders } from "@/lib/auth/security-headers";
import { resolveUser } from "@/db/auth/current-user";
import { errorResponse } from "@/app/api/_http/errors";
import { foreignOrigin, unauthorized, unknownHost } from "@/app/api/_http/respond";

/** Every request: the Host allow-list, security headers, the Origin check for cookie-authenticated writes, and a user for anything not public. */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const api = isApiPath(pathname);
  const answer = (response: NextResponse) => withHeaders(response, api);
  const host = request.headers.get("host");
  if (!isAllowedHost(host)) return answer(unknownHost(host).toResponse());
  if (isStaticAsset(pathname)) return answer(NextResponse.next());

  const writes = isStateChanging(request.method);
  if (isPublicPath(pathname)) {
    if (writes && !request.headers.has("authorization") && isForeignOrigin(request)) return answer(foreignOrigin().toResponse());
    return answer(NextResponse.next());
  }

  let user;
  try {
    user = await resolveUser(request.headers);
  } catch (error) {
    return answer(errorResponse(error, request));
  }
  if (user) {
    if (writes && user.via === "session" && isForeignOrigin(request)) return answer(foreignOrigin().toResponse());
    return answer(NextResponse.next());
  }
  if (api) return answer(unauthorized().toResponse());
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", pathname + search);
  return answer(NextResponse.redirect(signIn));
}

function withHeaders(response: NextResponse, api: boolean): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  if (api) response.headers.set("cache-control", "no-store");
  return response;
}

// POST /api/imports streams uploads of up to KEEL_MAX_UPLOAD_MB: the proxy would buffer the whole body
// (and cut it at 10 MB), so that one path is left to its handlers, which check the user and Origin
// and send the security headers themselves.
export const config = { matcher: "/((?!api/imports$).*)" };
