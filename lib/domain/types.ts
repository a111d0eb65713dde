/**
 * Keel's domain records: the nine CSV kinds of ../shared/DATA.md after parsing.
 * Dates are `YYYY-MM-DD`, months `YYYY-MM`, instants are epoch milliseconds (UTC).
 */

export type Month = string;
export type IsoDate = string;
export type EpochMs = number;

/** The kinds the metrics engine computes from (a {@link Dataset}); the demo data set has these. */
export const DATASET_KINDS = ["customers", "subscriptions", "lifecycle", "costs", "surveys", "tickets", "usage"] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** Every kind a file can import: the dataset kinds plus plan targets and annotations. */
export const DATA_KINDS = [...DATASET_KINDS, "targets", "annotations"] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export const BILLING_PERIODS = ["month", "quarter", "year"] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];
export const MONTHS_PER_BILLING_PERIOD: Record<BillingPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** The funnel stages in order; `churn` stands apart. */
export const FUNNEL_STAGES = ["awareness", "acquisition", "onboarding", "implementation", "early_adoption", "growth", "retention"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type LifecycleStage = FunnelStage | "churn";
export const LIFECYCLE_STAGES: readonly LifecycleStage[] = [...FUNNEL_STAGES, "churn"];

export const COST_CATEGORIES = ["customer_success", "support", "product", "sales_marketing", "other"] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_TO_SERVE_CATEGORIES: readonly CostCategory[] = ["customer_success", "support", "product"];

export const SURVEY_KINDS = ["nps", "csat", "ces"] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** A customer's blank segment is shown and filtered as this name. */
export const UNASSIGNED_SEGMENT = "Unassigned";

export interface Customer {
  customerId: string;
  name: string;
  /** Never blank: a blank segment in the CSV becomes {@link UNASSIGNED_SEGMENT}. */
  segment: string;
  plan: string | null;
  csm: string | null;
  acquisitionChannel: string | null;
  signupDate: IsoDate;
}

export interface Subscription {
  subscriptionId: string;
  customerId: string;
  plan: string | null;
  /** Per billing period, major units, >= 0. */
  amount: number;
  billingPeriod: BillingPeriod;
  startDate: IsoDate;
  /** First day without service; null = still active. */
  endDate: IsoDate | null;
}

export interface LifecycleEvent {
  customerId: string;
  stage: LifecycleStage;
  enteredAt: EpochMs;
}

export interface Cost {
  month: Month;
  category: CostCategory;
  /** null = company-wide (blank in the CSV). */
  segment: string | null;
  amount: number;
}

export interface SurveyResponse {
  responseId: string;
  customerId: string | null;
  survey: SurveyKind;
  score: number;
  respondedAt: EpochMs;
  comment: string | null;
}

export interface Ticket {
  ticketId: string;
  customerId: string | null;
  createdAt: EpochMs;
  firstResponseAt: EpochMs | null;
  resolvedAt: EpochMs | null;
  resolvedOnFirstContact: boolean | null;
  priority: string | null;
  channel: string | null;
}

export interface UsageRecord {
  customerId: string;
  month: Month;
  activeUsers: number;
  licensedSeats: number | null;
  sessions: number | null;
  avgSessionMinutes: number | null;
  featuresUsed: number | null;
}

/** A plan figure for one month; `metric` is a field name of the API's `summary`. */
export interface Target {
  month: Month;
  metric: string;
  /** null = company-wide (blank in the CSV). */
  segment: string | null;
  value: number;
}

/** Something that happened, shown beside the charts. */
export interface Annotation {
  date: IsoDate;
  label: string;
  /** null = applies to every segment (blank in the CSV). */
  segment: string | null;
}

/** Everything the metrics engine reads. */
export interface Dataset {
  customers: Customer[];
  subscriptions: Subscription[];
  lifecycle: LifecycleEvent[];
  costs: Cost[];
  surveys: SurveyResponse[];
  tickets: Ticket[];
  usage: UsageRecord[];
}

export interface Filters {
  segment: string | null;
  csm: string | null;
  plan: string | null;
}

export interface Period {
  from: Month;
  to: Month;
}

/** The default score's factors (METRICS.md), then the optional ones whose default weight is 0. */
export const CORE_HEALTH_FACTORS = ["usage", "support", "sentiment"] as const;
const EXTRA_HEALTH_FACTORS = ["usage_trend", "lifecycle", "mrr_trend"] as const;
export const HEALTH_FACTORS = [...CORE_HEALTH_FACTORS, ...EXTRA_HEALTH_FACTORS] as const;
export type HealthFactor = (typeof HEALTH_FACTORS)[number];

export interface HealthSettings {
  weights: Record<HealthFactor, number>;
  /** Score >= healthyMin is healthy. */
  healthyMin: number;
  /** Score >= watchMin (and below healthyMin) is watch; below is at risk. */
  watchMin: number;
  /** Days in one lifecycle stage after which a customer counts as stuck (CS dashboard). */
  stuckAfterDays: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  weights: { usage: 40, support: 20, sentiment: 40, usage_trend: 0, lifecycle: 0, mrr_trend: 0 },
  healthyMin: 70,
  watchMin: 40,
  stuckAfterDays: 60,
};
