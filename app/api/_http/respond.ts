import { NextResponse } from "next/server";
import type { ErrorCode } from "@/lib/api/error-codes";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "bad_parameter",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  421: "unknown_host",
  422: "invalid_rows",
  429: "rate_limited",
  503: "storage_full",
  507: "storage_full",
};

function codeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? "internal" : "bad_parameter");
}

/** API answers are per user and change with every import, so no cache keeps them. */
function noStore(response: NextResponse): NextResponse {
  response.headers.set("cache-control", "no-store");
  return response;
}

/** The one error shape: `{"error": words a person can act on, "code": stable code, ...details}`. */
export function jsonError(status: number, message: string, details: { code?: ErrorCode } & Record<string, unknown> = {}): NextResponse {
  const { code = codeForStatus(status), ...rest } = details;
  return noStore(NextResponse.json({ error: message, code, ...rest }, { status }));
}

export function jsonOk<T>(body: T, status = 200): NextResponse {
  return noStore(NextResponse.json(body, { status }));
}

/** Thrown inside a route handler to answer an error; the route wrapper turns it into jsonError. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { code?: ErrorCode } & Record<string, unknown> = {},
  ) {
    super(message);
  }

  toResponse(): NextResponse {
    return jsonError(this.status, this.message, this.details);
  }
}

export const badParameter = (param: string, message: string) => new HttpError(400, message, { param });
export const notFound = (message: string, details: Record<string, unknown> = {}) => new HttpError(404, message, details);
export const unauthorized = () => new HttpError(401, "Sign in first, or send an API token as Authorization: Bearer <token>.");
export const foreignOrigin = () => new HttpError(403, "This request did not come from Keel's own pages (Origin check).");
export const adminsOnly = () => new HttpError(403, "Only admins can do this.");
export const unknownHost = (host: string | null) =>
  new HttpError(
    421,
    `This Keel does not answer for the host ${host ? `'${host}'` : "(none given)"}. If that is its address, add it to KEEL_ALLOWED_HOSTS (or set BETTER_AUTH_URL to it) and restart Keel.`,
  );
export const noDataYet = () => notFound("There is no data yet: import customers and subscriptions first (/import).");
