import { describe, expect, it } from "vitest";
import { FAMILY_LABELS, FAMILY_ORDER, METRIC_CATALOG, metricDefinition, type MetricKey } from "./catalog";

const SUMMARY_FIELDS = [
  "mrr",
  "arr",
  "active_customers",
  "arpa",
  "nrr",
  "grr",
  "expansion_mrr_pct",
  "mrr_churn_pct",
  "net_mrr_churn_pct",
  "logo_churn_rate",
  "crr",
  "new_mrr",
  "expansion_mrr",
  "contraction_mrr",
  "churned_mrr",
  "reactivation_mrr",
  "new_customers",
  "churned_customers",
  "reactivated_customers",
  "customer_lifetime_months",
  "cltv",
  "cac",
  "ltv_to_cac",
  "expansion_share",
  "referral_rate",
  "nps",
  "nps_responses",
  "promoters",
  "passives",
  "detractors",
  "csat",
  "csat_responses",
  "ces",
  "ces_responses",
  "ticket_volume",
  "fcr",
  "median_first_response_hours",
  "median_resolution_hours",
  "cost_to_serve",
  "revenue",
  "cost_to_carry_ratio",
  "cost_to_serve_per_customer",
  "customer_retention_cost",
  "time_to_value_days",
  "arr_at_risk",
] as const;

const OTHER_KEYS = [
  "margin",
  "loaded_arr_per_csm",
  "subscription_mrr",
  "mrr_movements",
  "cohort_retention",
  "funnel_reached",
  "funnel_conversion",
  "median_days_in_stage",
  "current_stage",
  "health_score",
  "health_band",
  "active_users_per_seat",
  "p90_first_response_hours",
  "p90_resolution_hours",
] as const;

describe("metric catalog", () => {
  it("has unique keys", () => {
    const keys = METRIC_CATALOG.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([...SUMMARY_FIELDS, ...OTHER_KEYS])("defines %s", (key) => {
    expect(metricDefinition(key).key).toBe(key);
  });

  it("keeps every short definition to one line of at most 140 characters", () => {
    for (const d of METRIC_CATALOG) {
      expect(d.short, d.key).not.toMatch(/[\r\n]/);
      expect(d.short.length, d.key).toBeLessThanOrEqual(140);
      expect(d.short.trim().length, d.key).toBeGreaterThan(0);
    }
  });

  it("fills every text field and uses snake_case keys", () => {
    for (const d of METRIC_CATALOG) {
      expect(d.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      for (const field of [d.name, d.formula, d.good, d.bad]) expect(field.trim().length, d.key).toBeGreaterThan(0);
      expect(FAMILY_ORDER).toContain(d.family);
    }
    expect(Object.keys(FAMILY_LABELS).sort()).toEqual([...FAMILY_ORDER].sort());
  });

  it("follows the polarity conventions", () => {
    const lower: MetricKey[] = [
      "logo_churn_rate",
      "mrr_churn_pct",
      "net_mrr_churn_pct",
      "ces",
      "cost_to_carry_ratio",
      "cac",
      "ticket_volume",
      "median_first_response_hours",
      "median_resolution_hours",
      "time_to_value_days",
      "arr_at_risk",
      "contraction_mrr",
      "churned_mrr",
    ];
    const higher: MetricKey[] = [
      "mrr",
      "active_customers",
      "nrr",
      "grr",
      "new_mrr",
      "expansion_mrr",
      "reactivation_mrr",
      "nps",
      "csat",
      "fcr",
    ];
    for (const k of lower) expect(metricDefinition(k).polarity, k).toBe("lower_is_better");
    for (const k of higher) expect(metricDefinition(k).polarity, k).toBe("higher_is_better");
  });

  it("throws on an unknown key", () => {
    expect(() => metricDefinition("nope" as MetricKey)).toThrow(/nope/);
    expect(() => metricDefinition("" as MetricKey)).toThrow();
  });
});
