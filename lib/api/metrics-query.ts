import { z } from "zod";
import { addMonths, isMonth, monthToIndex } from "@/lib/domain/months";
import type { Filters, Month, Period } from "@/lib/domain/types";
import { queryObject } from "./query-object";

/** `from`, `to`, `segment`, `csm`, `plan` as they come in a URL, before defaults. */
export interface MetricsQuery {
  from: Month | null;
  to: Month | null;
  filters: Filters;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; param: string; message: string };

/** The URL params of a view's period and filters, in the order every query string and query key uses. */
export const FILTER_PARAMS = ["from", "to", "segment", "csm", "plan"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** No period (the default one) and no filters: what a page shows for a link it could not read. */
export const DEFAULT_METRICS_QUERY: MetricsQuery = { from: null, to: null, filters: { segment: null, csm: null, plan: null } };

/** The longest period one request may ask for, and the years a month may lie in. */
const MAX_PERIOD_MONTHS = 120;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const month = (name: string) =>
  z
    .string()
    .trim()
    .refine(isMonth, { message: `${name} must be a month written YYYY-MM, e.g. 2024-03` })
    .refine((m) => Number(m.slice(0, 4)) >= FIRST_YEAR && Number(m.slice(0, 4)) <= LAST_YEAR, {
      message: `${name} must be a month between ${FIRST_YEAR}-01 and ${LAST_YEAR}-12`,
    })
    .optional()
    .transform((m): Month | null => m ?? null);

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => (value ? value : null));

export const metricsQueryShape = {
  from: month("from"),
  to: month("to"),
  segment: optionalText,
  csm: optionalText,
  plan: optionalText,
} satisfies Record<FilterParam, z.ZodType>;

/** from <= to, and at most MAX_PERIOD_MONTHS between them; reported on `from`. */
export function checkPeriod(value: { from: Month | null; to: Month | null }, ctx: z.RefinementCtx): void {
  const { from, to } = value;
  if (!from || !to) return;
  if (from > to) ctx.addIssue({ code: "custom", path: ["from"], message: `from (${from}) must not be after to (${to})` });
  else if (monthToIndex(to) - monthToIndex(from) + 1 > MAX_PERIOD_MONTHS) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `from: the period ${from} to ${to} is ${monthToIndex(to) - monthToIndex(from) + 1} months; ask for at most ${MAX_PERIOD_MONTHS} (e.g. from=${addMonths(to, 1 - MAX_PERIOD_MONTHS)})`,
    });
  }
}

/** The query of GET /api/metrics and every route that answers for a period and filters. */
export const metricsQuerySchema = z
  .object(metricsQueryShape)
  .superRefine(checkPeriod)
  .transform(({ from, to, segment, csm, plan }): MetricsQuery => ({ from, to, filters: { segment, csm, plan } }));

/** Zod's first issue as the parameter it names. */
export function firstIssue(error: z.ZodError): { ok: false; param: string; message: string } {
  const issue = error.issues[0];
  const param = String(issue?.path[0] ?? "query");
  return { ok: false, param, message: issue?.message ?? `invalid ${param}` };
}

export function parseMetricsQuery(params: URLSearchParams): ParseResult<MetricsQuery> {
  const parsed = metricsQuerySchema.safeParse(queryObject(params));
  return parsed.success ? { ok: true, value: parsed.data } : firstIssue(parsed.error);
}

/** Fills a missing end with the latest month that has data and a missing start with 12 months before it. */
export function resolvePeriod(query: Pick<MetricsQuery, "from" | "to">, fallback: Period | null): Period | null {
  if (query.from && query.to) return { from: query.from, to: query.to };
  if (query.to) return { from: addMonths(query.to, -11), to: query.to };
  if (query.from) {
    const to = fallback && fallback.to >= query.from ? fallback.to : addMonths(query.from, 11);
    const longest = addMonths(query.from, MAX_PERIOD_MONTHS - 1);
    return { from: query.from, to: to > longest ? longest : to };
  }
  return fallback;
}

type ParamSource = { get(key: string): string | null };

/** The `keys` of `params` that have a value, in the order of `keys`, so one view always gives one string. */
export function pickQueryString(params: ParamSource, keys: readonly string[]): string {
  const out = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  return out.toString();
}

/** The period and filters of a URL: the server page and the client's queries build the same key from it. */
export function filterQueryString(params: ParamSource): string {
  return pickQueryString(params, FILTER_PARAMS);
}

/** A resolved period and its filters as a query string, so a link reproduces the view rather than its defaults. */
export function viewQueryString(period: Period, filters: Filters): string {
  const values: Record<FilterParam, string | null> = { from: period.from, to: period.to, ...filters };
  return pickQueryString({ get: (key) => values[key as FilterParam] ?? null }, FILTER_PARAMS);
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
