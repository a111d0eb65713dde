import type { MetricEntry } from "./definition";
import { COST_ALLOCATION } from "./notes";

/** The unit economics metrics of the glossary. */
export const UNIT_ECONOMICS_METRICS = [
  {
    key: "customer_lifetime_months",
    name: "Customer lifetime (months)",
    family: "unit_economics",
    unit: "months",
    polarity: "higher_is_better",
    short: "Expected months a customer stays: 100 divided by the average monthly logo churn rate.",
    formula: "lifetime = 100 ÷ mean of the monthly logo churn rates of the period's months",
    good: "Several years (36+ months) for B2B SaaS.",
    bad: "Under 12 months: customers leave before they pay back their acquisition cost.",
    notes: [
      "Months with a null rate (no cohort) are skipped; none left, or a mean of 0: null (shown —).",
    ],
    disagreements:
      "Some sources use 1 ÷ annual churn or a survival curve. Keel uses the simple monthly-churn inverse, which overstates lifetime when churn is tiny in a short period.",
  },
  {
    key: "cltv",
    name: "Customer lifetime value (CLTV)",
    family: "unit_economics",
    unit: "money",
    polarity: "higher_is_better",
    short: "Revenue a typical customer brings over its lifetime: ARPA × customer lifetime.",
    formula: "CLTV = ARPA × customer lifetime (months)",
    good: "At least 3× CAC.",
    bad: "Below CAC: each customer costs more to win than it returns.",
    notes: ["Null when ARPA or lifetime is null."],
    disagreements:
      "Many sources multiply by gross margin (margin-adjusted LTV) or discount future revenue. Keel uses revenue, not margin, because gross margin is not in the imported data; compare it to benchmarks with that in mind.",
  },
  {
    key: "cac",
    name: "Customer acquisition cost (CAC)",
    family: "unit_economics",
    unit: "money",
    polarity: "lower_is_better",
    short: "Sales and marketing costs of the period divided by the new customers won in it.",
    formula: "CAC = sales_marketing costs of the period's months ÷ new customers of the period",
    good: "Paid back within 12 months of ARPA (18 for enterprise).",
    bad: "Rising faster than ARPA, or above CLTV.",
    notes: [
      "New customers = customers with a `new` movement in the period (reactivations excluded).",
      "Under a filter, CAC uses the allocated share of sales_marketing costs. " + COST_ALLOCATION,
      "Null (shown —) when there are no new customers.",
    ],
    disagreements:
      "Some sources count only paid marketing (\"paid CAC\"), others add sales salaries and tools (\"fully loaded CAC\"). Keel uses whatever you import in the sales_marketing category, so include salaries there for a fully loaded CAC.",
  },
  {
    key: "ltv_to_cac",
    name: "LTV:CAC",
    family: "unit_economics",
    unit: "ratio",
    polarity: "higher_is_better",
    short: "Customer lifetime value divided by acquisition cost: what each acquisition dollar returns.",
    formula: "LTV:CAC = CLTV ÷ CAC",
    good: "3 or more.",
    bad: "Below 1: growth destroys value. Far above 5 may mean under-investing in growth.",
    notes: ["Null when CLTV or CAC is null or CAC is 0."],
    disagreements:
      "Benchmarks of 3:1 usually assume margin-adjusted LTV; Keel's revenue-based CLTV gives a higher ratio for the same business.",
  },
  {
    key: "expansion_share",
    name: "Expansion share (upsell and cross-sell)",
    family: "unit_economics",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of added MRR that came from existing customers expanding.",
    formula: "expansion share = expansion MRR ÷ (new + reactivation + expansion MRR) × 100",
    good: "30% or more as a company matures: the base funds growth.",
    bad: "Near 0%: all growth must come from new logos.",
    notes: ["Uses amounts, not counts, summed over the period's months."],
  },
  {
    key: "referral_rate",
    name: "Referral rate",
    family: "unit_economics",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of new customers in the period whose acquisition channel is referral.",
    formula: "referral rate = new customers with acquisition_channel = referral ÷ new customers × 100",
    good: "Rising: happy customers bring others.",
    bad: "Near 0% despite high NPS: no referral motion.",
    notes: [
      "Counts customers with a `new` movement in the period; the channel match is case-insensitive.",
    ],
  },
] as const satisfies readonly MetricEntry<"unit_economics">[];
