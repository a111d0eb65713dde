import { FILTER_PARAMS } from "@/lib/api/metrics-query";
import type { Filters, LifecycleStage, Month, Period } from "@/lib/domain/types";
import type { HealthBand, HealthFactor } from "./health";
import type { MovementType } from "./movements";
import type { RenewalWindow } from "./renewals";
import type { CustomerReview } from "@/lib/domain/reviews";

export const CUSTOMER_STATUSES = ["active", "churned", "all"] as const;
export type StatusFilter = (typeof CUSTOMER_STATUSES)[number];
/** A customer at `to`: MRR > 0, had MRR > 0 at some earlier month, or never had any yet. */
export type CustomerStatus = "active" | "churned" | "never_active";

export const NPS_GROUPS = ["detractor", "passive", "promoter"] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

export const SORT_KEYS = ["name", "mrr", "arr", "health_score", "movement_amount", "signup_date", "segment", "renewal_date"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

/** Params that narrow the list to the customers behind a number (search, sort and paging aside). */
export const DRILL_FILTER_KEYS = [
  "month",
  "movement",
  "cohort",
  "status",
  "retention_cohort",
  "health",
  "stage",
  "stuck",
  "survey",
  "renewal",
] as const;
const DRILL_KEYS = [...DRILL_FILTER_KEYS, "q", "sort", "dir", "page", "page_size"] as const;
/** Every URL param of the Customers page, in the stable order its query key uses. */
export const CUSTOMER_QUERY_KEYS = [...FILTER_PARAMS, ...DRILL_KEYS] as const;

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** What narrows the list beyond the period and filters; every set field combines with AND. */
export interface DrillParams {
  /** One month of the period the list is about (movements in it; MRR, status and health at its end). */
  month: Month | null;
  movement: MovementType | null;
  cohort: Month | null;
  status: StatusFilter;
  retentionCohort: boolean;
  health: HealthBand | null;
  stage: LifecycleStage | null;
  stuck: boolean;
  survey: NpsGroup | null;
  /** Customers with a term subscription renewing within this many days after `to`. */
  renewal: RenewalWindow | null;
  q: string | null;
  sort: SortKey | null;
  dir: SortDir | null;
  page: number;
  pageSize: number;
}

export const NO_DRILL: DrillParams = {
  month: null,
  movement: null,
  cohort: null,
  status: "all",
  retentionCohort: false,
  health: null,
  stage: null,
  stuck: false,
  survey: null,
  renewal: null,
  q: null,
  sort: null,
  dir: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

export interface CustomerRow {
  customer_id: string;
  name: string;
  segment: string;
  plan: string | null;
  csm: string | null;
  acquisition_channel: string | null;
  signup_date: string;
  mrr: number;
  arr: number;
  status: CustomerStatus;
  health_score: number | null;
  health_band: HealthBand | null;
  weakest_factor: HealthFactor | null;
  current_stage: LifecycleStage | null;
  /** With `movement`. */
  movement?: MovementType;
  movement_amount?: number;
  movement_months?: Month[];
  /** With `retention_cohort` (MRR at the month before `from`) or `cohort` (MRR at the cohort month); end = at `to`. */
  start_mrr?: number;
  end_mrr?: number;
  /** With `stuck`. */
  days_in_stage?: number;
  /** With `survey`: the latest NPS response of the period. */
  nps_score?: number;
  /** With `renewal`: the earliest renewal in the window and the ARR of the subscriptions renewing in it. */
  renewal_date?: string;
  days_until_renewal?: number;
  renewal_arr?: number;
  /** The latest "reviewed" mark (filled by the data layer). */
  review?: CustomerReview | null;
}

export interface CustomerListResponse {
  /** The dashboard's period, kept when `drill.month` narrows the list to one of its months. */
  period: Period;
  filters: Filters;
  drill: {
    month: Month | null;
    movement: MovementType | null;
    cohort: Month | null;
    status: StatusFilter;
    retention_cohort: boolean;
    health: HealthBand | null;
    stage: LifecycleStage | null;
    stuck: boolean;
    /** The Settings threshold `stuck` uses. */
    stuck_after_days: number;
    survey: NpsGroup | null;
    renewal: RenewalWindow | null;
    q: string | null;
    sort: SortKey;
    dir: SortDir;
  };
  total: number;
  page: number;
  page_size: number;
  /** Over every matching customer, not only this page. */
  totals: { mrr: number; movement_amount?: number; start_mrr?: number; end_mrr?: number; renewal_arr?: number };
  customers: CustomerRow[];
}
