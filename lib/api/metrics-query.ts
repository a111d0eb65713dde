import { z } from "zod";
import { addMonths, isMonth } from "@/lib/domain/months";
import type { Filters, Month, Period } from "@/lib/domain/types";

/** `from`, `to`, `segment`, `csm`, `plan` as they come in a URL, before defaults. */
export interface MetricsQuery {
  from: Month | null;
  to: Month | null;
  filters: Filters;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; param: string; message: string };

const month = (name: string) =>
  z
    .string()
    .trim()
    .refine(isMonth, { message: `${name} must be a month written YYYY-MM, e.g. 2024-03` });

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value));

const schema = z.object({
  from: month("from").nullable(),
  to: month("to").nullable(),
  segment: optionalText.nullable(),
  csm: optionalText.nullable(),
  plan: optionalText.nullable(),
});

export function parseMetricsQuery(params: URLSearchParams): ParseResult<MetricsQuery> {
  const raw = Object.fromEntries(
    (["from", "to", "segment", "csm", "plan"] as const).map((key) => [key, params.get(key)]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue?.path[0] ?? "query");
    return { ok: false, param, message: issue?.message ?? `invalid ${param}` };
  }
  const { from, to, segment, csm, plan } = parsed.data;
  if (from && to && from > to) return { ok: false, param: "from", message: `from (${from}) must not be after to (${to})` };
  return { ok: true, value: { from, to, filters: { segment, csm, plan } } };
}

/** Fills a missing end with the latest month that has data and a missing start with 12 months before it. */
export function resolvePeriod(query: Pick<MetricsQuery, "from" | "to">, fallback: Period | null): Period | null {
  if (query.from && query.to) return { from: query.from, to: query.to };
  if (query.to) return { from: addMonths(query.to, -11), to: query.to };
  if (query.from) {
    const to = fallback && fallback.to >= query.from ? fallback.to : addMonths(query.from, 11);
    return { from: query.from, to };
  }
  return fallback;
}

/** Search params of a page (Next.js passes string | string[] | undefined). */
export function toUrlSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string") out.set(key, value);
    else if (Array.isArray(value) && value[0] !== undefined) out.set(key, value[0]);
  }
  return out;
}
