import type { ErrorCode } from "@/lib/api/error-codes";

/** An error answer of Keel's API: `{error, code, ...details}`, with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** null when the answer was not Keel's error shape (a proxy's page, a dropped connection). */
    readonly code: ErrorCode | null,
    /** The rest of the answer, e.g. `param` of a bad_parameter or `error_id` of an internal error. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorBody = { error?: unknown; code?: unknown } & Record<string, unknown>;

/** A JSON call to Keel's own API; an error answer throws ApiError with the API's words. */
export async function apiFetch<T>(url: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set("accept", "application/json");
  if (typeof init?.body === "string" && !headers.has("content-type")) headers.set("content-type", "application/json");
  const response = await fetch(url, { cache: "no-store", ...init, headers });
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return body as T;
  const { error, code, ...details } = (body && typeof body === "object" ? body : {}) as ErrorBody;
  throw new ApiError(
    response.status,
    typeof error === "string" ? error : `Request failed (${response.status}).`,
    typeof code === "string" ? (code as ErrorCode) : null,
    details,
  );
}
