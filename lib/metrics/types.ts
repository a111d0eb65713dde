import type { LifecycleStage, Month } from "@/lib/domain/types";

/** GET /api/metrics, field for field as ../shared/API.md; null wherever a denominator is zero. */
export interface MetricsResponse {
  period: { from: Month; to: Month };
  filters: { segment: string | null; csm: string | null; plan: string | null };
  summary: MetricsSummary;
  months: MonthMetrics[];
  segments: SegmentMetrics[];
  funnel: FunnelStageMetrics[];
  csms: CsmLoad[];
  health: HealthCounts;
  targets: TargetEntry[];
  annotations: AnnotationEntry[];
}

/** What {@link computeMetrics} derives from the dataset; the plan targets and annotations come from their own tables. */
export type ComputedMetrics = Omit<MetricsResponse, "targets" | "annotations">;

/** A plan figure in the API: `metric` names a `summary` field, `segment` null = company-wide. */
export interface TargetEntry {
  month: Month;
  metric: string;
  segment: string | null;
  value: number;
}

/** An annotation in the API: `segment` null = every segment. */
export interface AnnotationEntry {
  date: string;
  label: string;
  segment: string | null;
}

export interface MetricsSummary {
  mrr: number;
  arr: number;
  active_customers: number;
  arpa: number | null;
  nrr: number | null;
  grr: number | null;
  expansion_mrr_pct: number | null;
  mrr_churn_pct: number | null;
  net_mrr_churn_pct: number | null;
  logo_churn_rate: number | null;
  crr: number | null;
  new_mrr: number;
  expansion_mrr: number;
  contraction_mrr: number;
  churned_mrr: number;
  reactivation_mrr: number;
  new_customers: number;
  churned_customers: number;
  reactivated_customers: number;
  customer_lifetime_months: number | null;
  cltv: number | null;
  cac: number | null;
  ltv_to_cac: number | null;
  expansion_share: number | null;
  referral_rate: number | null;
  nps: number | null;
  nps_responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  csat: number | null;
  csat_responses: number;
  ces: number | null;
  ces_responses: number;
  ticket_volume: number;
  fcr: number | null;
  median_first_response_hours: number | null;
  median_resolution_hours: number | null;
  cost_to_serve: number;
  revenue: number;
  cost_to_carry_ratio: number | null;
  cost_to_serve_per_customer: number | null;
  customer_retention_cost: number | null;
  time_to_value_days: number | null;
  arr_at_risk: number;
}

export interface MonthMetrics {
  month: Month;
  mrr: number;
  arr: number;
  active_customers: number;
  new_mrr: number;
  expansion_mrr: number;
  contraction_mrr: number;
  churned_mrr: number;
  reactivation_mrr: number;
  new_customers: number;
  churned_customers: number;
  reactivated_customers: number;
  nrr: number | null;
  grr: number | null;
  logo_churn_rate: number | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  ticket_volume: number;
  cost_to_serve: number;
  cost_to_carry_ratio: number | null;
}

export interface SegmentMetrics {
  segment: string;
  mrr: number;
  active_customers: number;
  revenue: number;
  cost_to_serve: number;
  cost_to_carry_ratio: number | null;
  cost_to_serve_per_customer: number | null;
  margin: number;
  nrr: number | null;
  grr: number | null;
}

export interface FunnelStageMetrics {
  stage: LifecycleStage;
  reached: number;
  conversion: number | null;
  median_days_in_stage: number | null;
  current: number;
}

export interface CsmLoad {
  csm: string;
  arr: number;
  customers: number;
}

export interface HealthCounts {
  healthy: number;
  watch: number;
  at_risk: number;
  arr_at_risk: number;
}
