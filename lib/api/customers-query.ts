import { z } from "zod";
import { isMonth } from "@/lib/domain/months";
import { LIFECYCLE_STAGES, type Month } from "@/lib/domain/types";
import {
  CUSTOMER_STATUSES,
  DEFAULT_PAGE_SIZE,
  DRILL_KEYS,
  MAX_PAGE_SIZE,
  NPS_GROUPS,
  SORT_KEYS,
  type DrillParams,
} from "@/lib/metrics/customer-list-types";
import { MOVEMENT_TYPES } from "@/lib/metrics/movements";
import type { RenewalWindow } from "@/lib/metrics/renewals";
import { parseMetricsQuery, type MetricsQuery, type ParseResult } from "./metrics-query";

export type CustomersQuery = MetricsQuery & { drill: DrillParams };


const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { message: `${name} must be one of ${values.join(", ")}` }).nullable();

const flag = (name: string) =>
  z
    .enum(["1", "0", "true", "false"], { message: `${name} must be 1 or 0` })
    .nullable()
    .transform((v) => v === "1" || v === "true");

const positiveInt = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `${name} must be a whole number of 1 or more` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { message: `${name} must be between 1 and ${max}` })
    .nullable();

const schema = z.object({
  movement: oneOf("movement", MOVEMENT_TYPES),
  cohort: z.string().refine(isMonth, { message: "cohort must be a month written YYYY-MM, e.g. 2024-03" }).nullable(),
  status: oneOf("status", CUSTOMER_STATUSES),
  retention_cohort: flag("retention_cohort"),
  health: oneOf("health", ["at_risk", "watch", "healthy"] as const),
  stage: oneOf("stage", LIFECYCLE_STAGES as unknown as readonly [string, ...string[]]),
  stuck: flag("stuck"),
  survey: oneOf("survey", NPS_GROUPS),
  renewal: z
    .enum(["30", "60", "90"], { message: "renewal must be 30, 60 or 90 (days)" })
    .nullable()
    .transform((v) => (v === null ? null : (Number(v) as RenewalWindow))),
  q: z.string().max(200, { message: "q must be at most 200 characters" }).nullable(),
  sort: oneOf("sort", SORT_KEYS),
  dir: oneOf("dir", ["asc", "desc"] as const),
  page: positiveInt("page", 1_000_000),
  page_size: positiveInt("page_size", MAX_PAGE_SIZE),
});

/** GET /api/customers and the Customers page: the period and filters of /api/metrics plus the drill params. */
export function parseCustomersQuery(params: URLSearchParams): ParseResult<CustomersQuery> {
  const base = parseMetricsQuery(params);
  if (!base.ok) return base;
  const raw = Object.fromEntries(
    DRILL_KEYS.map((key) => {
      const value = params.get(key)?.trim();
      return [key, value ? value : null];
    }),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue?.path[0] ?? "query");
    return { ok: false, param, message: issue?.message ?? `invalid ${param}` };
  }
  const d = parsed.data;
  return {
    ok: true,
    value: {
      ...base.value,
      drill: {
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
    },
  };
}
