/** The stable `code` of every error answer (docs/api.md, "Errors"). */
export const ERROR_CODES = [
  "unauthorized",
  "forbidden",
  "bad_parameter",
  "invalid_rows",
  "too_large",
  "conflict",
  "storage_full",
  "not_found",
  "rate_limited",
  "unknown_host",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
