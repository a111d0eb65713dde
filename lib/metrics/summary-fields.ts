import type { MetricKey } from "./catalog";
import type { MetricsSummary } from "./types";

/** The field names of GET /api/metrics `summary`, in the API's order: what a plan target can name. */
export const SUMMARY_FIELDS = [
  "mrr", "arr", "active_customers", "arpa",
  "nrr", "grr", "expansion_mrr_pct", "mrr_churn_pct", "net_mrr_churn_pct",
  "logo_churn_rate", "crr",
  "new_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "reactivation_mrr",
  "new_customers", "churned_customers", "reactivated_customers",
  "customer_lifetime_months", "cltv", "cac", "ltv_to_cac",
  "expansion_share", "referral_rate",
  "nps", "nps_responses", "promoters", "passives", "detractors",
  "csat", "csat_responses", "ces", "ces_responses",
  "ticket_volume", "fcr", "median_first_response_hours", "median_resolution_hours",
  "cost_to_serve", "revenue", "cost_to_carry_ratio",
  "cost_to_serve_per_customer", "customer_retention_cost",
  "time_to_value_days", "arr_at_risk",
] as const satisfies readonly (keyof MetricsSummary & MetricKey)[];
