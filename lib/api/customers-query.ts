import { z } from "zod";
import { isMonth } from "@/lib/domain/months";
import { LIFECYCLE_STAGES, type Month } from "@/lib/domain/types";
import {
  CUSTOMER_STATUSES,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  NPS_GROUPS,
  SORT_KEYS,
  type DrillParams,
} from "@/lib/metrics/customer-list-types";
import { MOVEMENT_TYPES } from "@/lib/metrics/movements";
import type { RenewalWindow } from "@/lib/metrics/renewals";
import { checkPeriod, firstIssue, metricsQueryShape, type MetricsQuery, type ParseResult } from "./metrics-query";
import { queryObject } from "./query-object";

export type CustomersQuery = MetricsQuery & { drill: DrillParams };

/** Drill params are trimmed; a blank one counts as absent. */
const blank = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const optional = <T extends z.ZodType>(inner: T) => z.preprocess(blank, inner.optional()).transform((v) => v ?? null);

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  optional(z.enum(values, { message: `${name} must be one of ${values.join(", ")}` }));

const flag = (name: string) =>
  optional(z.enum(["1", "0", "true", "false"], { message: `${name} must be 1 or 0` })).transform((v) => v === "1" || v === "true");

const positiveInt = (name: string, max: number) =>
  optional(
    z
      .string()
      .regex(/^\d+$/, { message: `${name} must be a whole number of 1 or more` })
      .transform(Number)
      .refine((n) => n >= 1 && n <= max, { message: `${name} must be between 1 and ${max}` }),
  );

const drillShape = {
  month: optional(z.string().refine(isMonth, { message: "month must be a month written YYYY-MM, e.g. 2024-03" })),
  movement: oneOf("movement", MOVEMENT_TYPES),
  cohort: optional(z.string().refine(isMonth, { message: "cohort must be a month written YYYY-MM, e.g. 2024-03" })),
  status: oneOf("status", CUSTOMER_STATUSES),
  retention_cohort: flag("retention_cohort"),
  health: oneOf("health", ["at_risk", "watch", "healthy"] as const),
  stage: oneOf("stage", LIFECYCLE_STAGES as unknown as readonly [string, ...string[]]),
  stuck: flag("stuck"),
  survey: oneOf("survey", NPS_GROUPS),
  renewal: optional(z.enum(["30", "60", "90"], { message: "renewal must be 30, 60 or 90 (days)" })).transform((v) =>
    v === null ? null : (Number(v) as RenewalWindow),
  ),
  q: optional(z.string().max(200, { message: "q must be at most 200 characters" })),
  sort: oneOf("sort", SORT_KEYS),
  dir: oneOf("dir", ["asc", "desc"] as const),
  page: positiveInt("page", 1_000_000),
  page_size: positiveInt("page_size", MAX_PAGE_SIZE),
};

/** GET /api/customers and the Customers page: the period and filters of /api/metrics plus the drill params. */
export const customersQuerySchema = z
  .object({ ...metricsQueryShape, ...drillShape })
  .superRefine(checkPeriod)
  .transform((d): CustomersQuery => ({
    from: d.from,
    to: d.to,
    filters: { segment: d.segment, csm: d.csm, plan: d.plan },
    drill: {
      month: d.month as Month | null,
      movement: d.movement,
      cohort: d.cohort as Month | null,
      status: d.status ?? "all",
      retentionCohort: d.retention_cohort,
      health: d.health,
      stage: d.stage as DrillParams["stage"],
      stuck: d.stuck,
      survey: d.survey,
      renewal: d.renewal,
      q: d.q,
      sort: d.sort,
      dir: d.dir,
      page: d.page ?? 1,
      pageSize: d.page_size ?? DEFAULT_PAGE_SIZE,
    },
  }));

export function parseCustomersQuery(params: URLSearchParams): ParseResult<CustomersQuery> {
  const parsed = customersQuerySchema.safeParse(queryObject(params));
  return parsed.success ? { ok: true, value: parsed.data } : firstIssue(parsed.error);
}
